import { ctxOf, type App } from '../http/types';
import { projectHistory } from './history';
import { getMilestones, planMilestone, setFlags } from './milestones';
import { myProjects, missingReports, overview } from './overview';
import { drillRate, ratesByRegion, ratesFor } from './rates';
import { fileReport, listReports } from './reports';
import {
  CohortQuery,
  DrillQuery,
  DrillResponse,
  FlagsInput,
  HistoryResponse,
  MilestoneParams,
  MilestonesResponse,
  MissingQuery,
  MissingResponse,
  MyProjectsResponse,
  OverviewQuery,
  OverviewResponse,
  PeopleResponse,
  PlanInput,
  ProjectParams,
  RatesByRegionResponse,
  RatesResponse,
  ReportInput,
  ReportParams,
  ReportsResponse,
  TeamInput,
  TeamResponse,
} from './schemas';
import { getTeam, putTeam, teamCandidates } from './teams';

const tags = ['delivery'];

export function registerDeliveryRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/api/projects/:id/milestones',
    {
      config: { policy: 'delivery.read' },
      schema: {
        tags,
        summary: 'Milestones: contract deadline, plan, actual date and evidence',
        params: ProjectParams,
        response: { 200: MilestonesResponse },
      },
    },
    async (req) => getMilestones(db, ctxOf(req), req.params.id),
  );

  app.put(
    '/api/projects/:id/milestones/:milestone/plan',
    {
      config: { policy: 'delivery.write' },
      schema: {
        tags,
        summary: 'Revise the planned date of a milestone (reason required)',
        params: MilestoneParams,
        body: PlanInput,
        response: { 200: MilestonesResponse },
      },
    },
    async (req) => planMilestone(db, ctxOf(req), req.params.id, req.params.milestone, req.body),
  );

  app.get(
    '/api/projects/:id/reports',
    {
      config: { policy: 'delivery.read' },
      schema: {
        tags,
        summary: 'Monthly progress reports (月报) with cumulative funds and month statuses',
        params: ProjectParams,
        response: { 200: ReportsResponse },
      },
    },
    async (req) => listReports(db, ctxOf(req), req.params.id),
  );

  app.put(
    '/api/projects/:id/reports/:month',
    {
      config: { policy: 'delivery.write' },
      schema: {
        tags,
        summary: 'File or change the report of a month (a closed month: city administrator with a reason)',
        params: ReportParams,
        body: ReportInput,
        response: { 200: ReportsResponse },
      },
    },
    async (req) => fileReport(db, ctxOf(req), req.params.id, req.params.month, req.body),
  );

  app.put(
    '/api/projects/:id/flags',
    {
      config: { policy: 'delivery.write' },
      schema: {
        tags,
        summary: '入统 and 入规 with their dates',
        params: ProjectParams,
        body: FlagsInput,
        response: { 200: ReportsResponse },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      await setFlags(db, ctx, req.params.id, req.body);
      return listReports(db, ctx, req.params.id);
    },
  );

  app.get(
    '/api/projects/:id/team',
    {
      config: { policy: 'delivery.read' },
      schema: {
        tags,
        summary: 'The work team (工作专班) of a project',
        params: ProjectParams,
        response: { 200: TeamResponse },
      },
    },
    async (req) => getTeam(db, ctxOf(req), req.params.id),
  );

  app.put(
    '/api/projects/:id/team',
    {
      config: { policy: 'teams.write' },
      schema: {
        tags,
        summary: 'Set the work team: responsible leader, lead unit, members',
        params: ProjectParams,
        body: TeamInput,
        response: { 200: TeamResponse },
      },
    },
    async (req) => putTeam(db, ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/projects/:id/history',
    {
      config: { policy: 'projects.read' },
      schema: {
        tags,
        summary: 'The change history of a project and its records (newest first, 200 at most)',
        params: ProjectParams,
        response: { 200: HistoryResponse },
      },
    },
    async (req) => projectHistory(db, ctxOf(req), req.params.id),
  );

  app.get(
    '/api/delivery/people',
    {
      config: { policy: 'teams.write' },
      schema: {
        tags,
        summary: 'Accounts a work team can be made of (leaders first)',
        response: { 200: PeopleResponse },
      },
    },
    async () => teamCandidates(db),
  );

  app.get(
    '/api/reports/missing',
    {
      config: { policy: 'delivery.read' },
      schema: {
        tags,
        summary: 'Monthly reports missing for a month, per county and project',
        querystring: MissingQuery,
        response: { 200: MissingResponse },
      },
    },
    async (req) => missingReports(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/delivery/overview',
    {
      config: { policy: 'delivery.read' },
      schema: {
        tags,
        summary: 'Delivery at a glance: stages, overdue milestones, missing reports, funds this year',
        querystring: OverviewQuery,
        response: { 200: OverviewResponse },
      },
    },
    async (req) => overview(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/delivery/mine',
    {
      config: { policy: 'delivery.read' },
      schema: {
        tags,
        summary: 'My projects: the work teams I lead or sit on',
        response: { 200: MyProjectsResponse },
      },
    },
    async (req) => myProjects(db, ctxOf(req)),
  );

  app.get(
    '/api/rates',
    {
      config: { policy: 'rates.read' },
      schema: {
        tags,
        summary: 'The six delivery rates of a cohort as of a date, with counts and the definition used',
        querystring: CohortQuery,
        response: { 200: RatesResponse },
      },
    },
    async (req) => ratesFor(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/rates/by-region',
    {
      config: { policy: 'rates.read' },
      schema: {
        tags,
        summary: 'The six rates for every county and zone of the cohort',
        querystring: CohortQuery,
        response: { 200: RatesByRegionResponse },
      },
    },
    async (req) => ratesByRegion(db, ctxOf(req), req.query),
  );

  app.get(
    '/api/rates/drill',
    {
      config: { policy: 'rates.read' },
      schema: {
        tags,
        summary: 'The projects behind the numerator or the denominator of a rate',
        querystring: DrillQuery,
        response: { 200: DrillResponse },
      },
    },
    async (req) => drillRate(db, ctxOf(req), req.query),
  );
}
