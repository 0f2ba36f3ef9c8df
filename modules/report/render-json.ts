/** The access report for machines: the same model as JSON, keys in a fixed order, no timestamps. */
import type { AccessReport } from './access-report';

export const ACCESS_REPORT_FORMAT = 'lz-keys/access-report/v1';

export function renderJson(report: AccessReport): string {
  return `${JSON.stringify(
    {
      format: ACCESS_REPORT_FORMAT,
      placeholders: {
        '{account}': 'the account id of each key of the group',
        '{region}': 'the Region of each key of the group',
        '{organization-accounts}': 'every account id of the configuration (IN_ORG without an organization)',
      },
      ...report,
    },
    null,
    2,
  )}\n`;
}
