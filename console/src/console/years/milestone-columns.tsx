/**
 * The columns a milestone of the bureau's year shows wherever it is listed (the calendar, a year's page):
 * its name, and the office it goes to with what that office is to it.
 */
import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MilestoneKind, MilestoneRecipient } from '../../../../domain/year';
import type { Messages } from '../../i18n/messages';

interface MilestoneRow {
  kind: MilestoneKind;
  reportsTo: MilestoneRecipient;
  reviewRegion: string | null;
  reviewRegionName: string | null;
}

export function milestoneColumns<Row extends MilestoneRow>(messages: Messages): ColumnsType<Row> {
  const m = messages.years;
  return [
    {
      title: m.columns.milestone,
      key: 'milestone',
      render: (_, milestone) => (
        <Typography.Text strong>{messages.labels.milestoneKind[milestone.kind]}</Typography.Text>
      ),
    },
    {
      title: m.columns.reportsTo,
      key: 'reportsTo',
      render: (_, milestone) =>
        milestone.reviewRegion === null ? (
          m.outside
        ) : (
          <>
            <div>{milestone.reviewRegionName ?? messages.common.unknownRegion(milestone.reviewRegion)}</div>
            <Typography.Text type="secondary">
              {messages.labels.milestoneRecipient[milestone.reportsTo]}
            </Typography.Text>
          </>
        ),
    },
  ];
}
