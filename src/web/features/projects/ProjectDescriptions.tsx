import { Card, Descriptions, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { formatDate, formatDateTime } from '../../lib/format';
import { FileIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { overdueTagsOf } from '../delivery/overdue';
import { Money, UsdMoney } from './Money';
import { fileUrl } from './queries';
import type { Project } from './types';

const dash = (v: string | null | undefined) => (v ? v : '—');

/** All fields of a project, in three sections. */
export function ProjectDescriptions({ project: p }: { project: Project }) {
  const t = useT();
  const mobile = useIsMobile();
  const me = useCurrentUser();
  const overdue = overdueTagsOf(p);
  const deadline = (date: string | null, m: 'registered' | 'started' | 'producing') => (
    <>
      {dash(formatDate(date))}
      {overdue.includes(m) && (
        <Tag color="red" style={{ marginInlineStart: 8 }}>
          {t(`delivery.overdue.${m}`)}
        </Tag>
      )}
    </>
  );
  const tags = (group: 'promotionMethod' | 'brings', values: string[]) =>
    values.length ? values.map((v) => <Tag key={v}>{t.label(group, v)}</Tag>) : '—';

  const basic: DescriptionsProps['items'] = [
    { key: 'code', label: t('project.field.code'), children: p.code },
    { key: 'region', label: t('project.field.regionId'), children: p.regionName },
    {
      key: 'cat',
      label: t('project.field.industryCategory'),
      children: t.label('industryCategory', p.industryCategory),
    },
    {
      key: 'industry',
      label: t('project.field.industry'),
      children: (
        <>
          {p.industry}
          {p.strategicEmerging && (
            <Tag color="magenta" variant="filled" style={{ marginInlineStart: 8 }}>
              {t('project.field.strategicEmerging')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'investor',
      label: t('project.field.investorName'),
      children: (
        <>
          {p.investorName}
          {p.investorId && (
            <Link
              to={`/investors?q=${encodeURIComponent(p.investorCreditCode ?? p.investorName)}`}
              style={{ marginInlineStart: 8 }}
              data-testid="project-investor-link"
            >
              {t('lead.inRegistry')}
            </Link>
          )}
        </>
      ),
    },
    {
      key: 'origin',
      label: t('lead.field.originRegion'),
      children: (
        <>
          {dash(t.label('originRegion', p.originRegion))}
          {p.foreignCapital && (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              {t('lead.field.foreignCapital')}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'source', label: t('lead.field.leadSource'), children: dash(t.label('leadSource', p.leadSource)) },
    {
      key: 'owner',
      label: t('lead.field.ownerId'),
      children: p.ownerId
        ? (p.ownerName ?? (p.ownerId === me.id ? me.displayName : t('lead.ownerOther')))
        : '—',
    },
    { key: 'credit', label: t('project.field.investorCreditCode'), children: dash(p.investorCreditCode) },
    {
      key: 'methods',
      label: t('project.field.promotionMethods'),
      children: tags('promotionMethod', p.promotionMethods),
    },
    { key: 'brings', label: t('project.field.brings'), children: tags('brings', p.brings) },
    {
      key: 'land',
      label: t('project.field.landSituation'),
      children: t.label('landSituation', p.landSituation),
    },
    { key: 'intro', label: t('project.field.introducedBy'), children: dash(p.introducedBy) },
    {
      key: 'counting',
      label: t('lead.counting'),
      children:
        p.realEstate || p.fiscallyFunded ? (
          <>
            {p.realEstate && <Tag>{t('lead.field.realEstate')}</Tag>}
            {p.fiscallyFunded && <Tag>{t('lead.field.fiscallyFunded')}</Tag>}
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'desc',
      label: t('project.field.description'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(p.description)}</span>,
    },
  ];
  const investment: DescriptionsProps['items'] = [
    { key: 'total', label: t('project.field.totalInvestment'), children: <Money yuan={p.totalInvestment} /> },
    {
      key: 'contracted',
      label: t('project.field.contractedInvestment'),
      children: <Money yuan={p.contractedInvestment} />,
    },
    {
      key: 'type',
      label: t('project.field.signingType'),
      children: dash(t.label('signingType', p.signingType)),
    },
    { key: 'signed', label: t('project.field.signedOn'), children: dash(formatDate(p.signedOn)) },
    {
      key: 'fundsOut',
      label: t('signing.fundsOutOfProvince'),
      children: <Money yuan={p.fundsOutOfProvince} />,
    },
    { key: 'fundsIn', label: t('signing.fundsInProvince'), children: <Money yuan={p.fundsInProvince} /> },
    { key: 'fundsLocal', label: t('signing.fundsLocal'), children: <Money yuan={p.fundsLocal} /> },
    {
      key: 'fundsUsd',
      label: t('signing.fundsForeignUsd'),
      children: p.fundsForeignUsd ? <UsdMoney usd={p.fundsForeignUsd} /> : '—',
    },
    {
      key: 'contract',
      label: t('signing.contractFile'),
      children: p.contractFileId ? (
        <a href={fileUrl(p.id, p.contractFileId, true)} data-testid="project-contract-file">
          <FileIcon /> {t('signing.contractDownload')}
        </a>
      ) : (
        '—'
      ),
    },
    { key: 'register', label: t('project.field.registerBy'), children: deadline(p.registerBy, 'registered') },
    { key: 'start', label: t('project.field.startBy'), children: deadline(p.startBy, 'started') },
    { key: 'produce', label: t('project.field.produceBy'), children: deadline(p.produceBy, 'producing') },
    { key: 'created', label: t('project.field.createdAt'), children: formatDateTime(p.createdAt) },
    { key: 'updated', label: t('project.field.updatedAt'), children: formatDateTime(p.updatedAt) },
  ];
  const props: DescriptionsProps = {
    // One column where the page puts the history beside the fields (1200–1599 px), else two.
    column: { xs: 1, sm: 1, md: 2, lg: 2, xl: 1, xxl: 2 },
    size: 'small',
    bordered: !mobile,
    styles: { label: { width: mobile ? undefined : 140, whiteSpace: 'nowrap' } },
  };
  return (
    <>
      <Card title={t('project.section.basic')} variant="borderless" data-testid="project-basic">
        <Descriptions {...props} items={basic} />
      </Card>
      <Card title={t('project.section.investment')} variant="borderless" data-testid="project-investment">
        <Descriptions {...props} items={investment} />
      </Card>
    </>
  );
}
