import { createBrowserRouter } from 'react-router';
import {
  AUDIT_READERS,
  DELIVERY_READERS,
  DUPLICATE_READERS,
  IMPORTERS,
  INVESTOR_READERS,
  PROJECT_READERS,
  RATES_READERS,
  SETTINGS_WRITERS,
  SIGNING_READERS,
  SUPERVISION_READERS,
  USER_MANAGERS,
} from '../features/auth/permissions';
import { NOTIFY_MANAGERS } from '../features/notify/permissions';
import { ATLAS_READERS } from '../features/atlas/permissions';
import { MEETING_READERS } from '../features/meetings/permissions';
import { EVALUATION_MANAGERS, EVALUATION_READERS } from '../features/evaluation/permissions';
import { COCKPIT_READERS } from '../features/cockpit/permissions';
import { AppLayout } from './AppLayout';
import { AuthGate, GuestOnly } from './AuthGate';
import { FullPageSpin } from './FullPageSpin';
import { RouteError } from './RouteError';
import { HomeRedirect, NotFoundPage, RequireRole } from './RoutePages';

/** Pages are loaded on demand so that the login page stays light. */
export const router = createBrowserRouter([
  {
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteError,
    children: [
      {
        element: <GuestOnly />,
        children: [
          {
            path: '/login',
            lazy: async () => ({ Component: (await import('../features/auth/LoginPage')).LoginPage }),
          },
        ],
      },
      {
        element: <AuthGate />,
        children: [
          {
            path: '/change-password',
            lazy: async () => ({
              Component: (await import('../features/auth/ChangePasswordPage')).ChangePasswordPage,
            }),
          },
          {
            element: <RequireRole roles={COCKPIT_READERS} />,
            children: [
              {
                path: '/cockpit/screen',
                lazy: async () => ({
                  Component: (await import('../features/cockpit/CockpitScreen')).CockpitScreen,
                }),
              },
            ],
          },
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                element: <RequireRole roles={COCKPIT_READERS} />,
                children: [
                  {
                    path: '/cockpit',
                    lazy: async () => ({
                      Component: (await import('../features/cockpit/CockpitPage')).CockpitPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={PROJECT_READERS} />,
                children: [
                  {
                    path: '/projects',
                    lazy: async () => ({
                      Component: (await import('../features/projects/ProjectListPage')).ProjectListPage,
                    }),
                  },
                  {
                    path: '/projects/:id',
                    lazy: async () => ({
                      Component: (await import('../features/projects/ProjectDetailPage')).ProjectDetailPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={PROJECT_READERS} />,
                children: [
                  {
                    path: '/pipeline',
                    lazy: async () => ({
                      Component: (await import('../features/pipeline/PipelinePage')).PipelinePage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={INVESTOR_READERS} />,
                children: [
                  {
                    path: '/investors',
                    lazy: async () => ({
                      Component: (await import('../features/investors/InvestorsPage')).InvestorsPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={ATLAS_READERS} />,
                children: [
                  {
                    path: '/atlas',
                    lazy: async () => ({
                      Component: (await import('../features/atlas/AtlasOverviewPage')).AtlasOverviewPage,
                    }),
                  },
                  {
                    path: '/atlas/roadshow',
                    lazy: async () => ({
                      Component: (await import('../features/atlas/RoadshowPage')).RoadshowPage,
                    }),
                  },
                  {
                    path: '/atlas/:chainId',
                    lazy: async () => ({
                      Component: (await import('../features/atlas/ChainPage')).ChainPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={SIGNING_READERS} />,
                children: [
                  {
                    path: '/signing-days',
                    lazy: async () => ({
                      Component: (await import('../features/signing/SigningDaysPage')).SigningDaysPage,
                    }),
                  },
                  {
                    path: '/signing-days/:id',
                    lazy: async () => ({
                      Component: (await import('../features/signing/SigningEventPage')).SigningEventPage,
                    }),
                  },
                  {
                    path: '/batches',
                    lazy: async () => ({
                      Component: (await import('../features/batches/BatchesPage')).BatchesPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={DELIVERY_READERS} />,
                children: [
                  {
                    path: '/delivery',
                    lazy: async () => ({
                      Component: (await import('../features/overview/OverviewPage')).OverviewPage,
                    }),
                  },
                  {
                    path: '/delivery/mine',
                    lazy: async () => ({
                      Component: (await import('../features/overview/MyProjectsPage')).MyProjectsPage,
                    }),
                  },
                  {
                    path: '/reports/missing',
                    lazy: async () => ({
                      Component: (await import('../features/overview/MissingReportsPage')).MissingReportsPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={SUPERVISION_READERS} />,
                children: [
                  {
                    path: '/supervision',
                    lazy: async () => ({
                      Component: (await import('../features/supervision/SupervisionPage')).SupervisionPage,
                    }),
                  },
                  {
                    path: '/supervision/stats',
                    lazy: async () => ({
                      Component: (await import('../features/supervision/SupervisionStatsPage'))
                        .SupervisionStatsPage,
                    }),
                  },
                  {
                    path: '/supervision/:id',
                    lazy: async () => ({
                      Component: (await import('../features/supervision/SupervisionItemPage'))
                        .SupervisionItemPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={MEETING_READERS} />,
                children: [
                  {
                    path: '/meetings',
                    lazy: async () => ({
                      Component: (await import('../features/meetings/MeetingsPage')).MeetingsPage,
                    }),
                  },
                  {
                    path: '/meetings/:id',
                    lazy: async () => ({
                      Component: (await import('../features/meetings/MeetingPage')).MeetingPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={EVALUATION_READERS} />,
                children: [
                  {
                    path: '/evaluation',
                    lazy: async () => ({
                      Component: (await import('../features/evaluation/EvaluationPage')).EvaluationPage,
                    }),
                  },
                  {
                    path: '/evaluation/year-end',
                    lazy: async () => ({
                      Component: (await import('../features/evaluation-year/YearEndPage')).YearEndPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={EVALUATION_READERS} />,
                children: [
                  {
                    path: '/inspections',
                    lazy: async () => ({
                      Component: (await import('../features/inspections/InspectionsPage')).InspectionsPage,
                    }),
                  },
                  {
                    path: '/inspections/:id',
                    lazy: async () => ({
                      Component: (await import('../features/inspections/InspectionPage')).InspectionPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={EVALUATION_MANAGERS} />,
                children: [
                  {
                    path: '/evaluation/methods',
                    lazy: async () => ({
                      Component: (await import('../features/evaluation/MethodsPage')).MethodsPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={NOTIFY_MANAGERS} />,
                children: [
                  {
                    path: '/notify',
                    lazy: async () => ({
                      Component: (await import('../features/notify/NotifyPage')).NotifyPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={RATES_READERS} />,
                children: [
                  {
                    path: '/rates',
                    lazy: async () => ({
                      Component: (await import('../features/rates/RatesPage')).RatesPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={IMPORTERS} />,
                children: [
                  {
                    path: '/imports',
                    lazy: async () => ({
                      Component: (await import('../features/imports/ImportPage')).ImportPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={DUPLICATE_READERS} />,
                children: [
                  {
                    path: '/duplicates',
                    lazy: async () => ({
                      Component: (await import('../features/duplicates/DuplicatesPage')).DuplicatesPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={SETTINGS_WRITERS} />,
                children: [
                  {
                    path: '/settings',
                    lazy: async () => ({
                      Component: (await import('../features/settings/SettingsPage')).SettingsPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={AUDIT_READERS} />,
                children: [
                  {
                    path: '/audit',
                    lazy: async () => ({
                      Component: (await import('../features/audit/AuditPage')).AuditPage,
                    }),
                  },
                ],
              },
              {
                element: <RequireRole roles={USER_MANAGERS} />,
                children: [
                  {
                    path: '/users',
                    lazy: async () => ({
                      Component: (await import('../features/users/UsersPage')).UsersPage,
                    }),
                  },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
