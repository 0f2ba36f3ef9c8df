/** The access report: rows in plain words, lossless grouping, readable at 1,000 accounts, deterministic. */
import { planStacks } from '../../modules/plan';
import { accessRows, buildAccessReport, instantiate, policyTemplate, renderJson, renderMarkdown } from '../../modules/report';
import { allStatementsModel, exampleModel, plannedKey, plannedKeys, withAccounts, withoutOrganization } from '../rules/rule-fixtures';

const WORDS = {
  account: 'this account',
  region: 'this Region',
  organizationAccountCount: 6,
  accountName: (id: string) => (id === '100000000003' ? 'Audit' : undefined),
  literal: (text: string) => text,
};

describe('accessRows', () => {
  it('says who may do what, only when, in plain words', () => {
    // GIVEN the s3 key's policy with its account and Region as placeholders
    const { stack, plan } = plannedKey('s3');
    const template = policyTemplate(plan.policy, stack, stack.organization.accountIds);
    // WHEN read into rows
    const rows = accessRows(template, WORDS);
    // THEN each statement is one row in words
    expect(rows.map((row) => [row.statement, row.who, row.actions.length, row.when])).toEqual([
      ['KeyAdministration', ['the root of this account: whoever its IAM policies allow'], 1, []],
      ['S3ViaService', ['any principal'], 5, ['the request comes through S3 in this Region', 'the principal is in organization o-exampleorg1']],
      ['LogDelivery', ['AWS service log delivery (delivery.logs.amazonaws.com)'], 9, ['the service acts for a resource in this account']],
    ]);
  });

  it('names the organization\'s account list without listing it, when there is no organization', () => {
    const { stack, plan } = plannedKey('sns', withoutOrganization(exampleModel()));
    const rows = accessRows(policyTemplate(plan.policy, stack, stack.organization.accountIds), WORDS);
    expect(rows.find((row) => row.statement === 'OrganizationSubscribers')?.when).toEqual([
      "the principal is in one of the organization's 6 accounts",
    ]);
  });

  it('shows a condition it has no words for as written', () => {
    const rows = accessRows(
      { Statement: [{ Sid: 'X', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }] },
      WORDS,
    );
    expect(rows[0].when).toEqual(['IpAddress aws:SourceIp = 10.0.0.0/8']);
  });
});

describe('policyTemplate', () => {
  it.each([
    ['the example organization', exampleModel()],
    ['every optional statement on, no organization', withoutOrganization(allStatementsModel())],
  ])('%s: every key\'s policy is its group template with its account and Region put back', (_name, model) => {
    for (const { stack, plan } of plannedKeys(model)) {
      const template = policyTemplate(plan.policy, stack, stack.organization.accountIds);
      expect(JSON.stringify(template)).not.toContain(stack.accountId);
      expect(instantiate(template, stack, stack.organization.accountIds)).toEqual(plan.policy);
    }
  });
});

describe('buildAccessReport', () => {
  it('groups the example organization\'s 81 keys into one table per purpose', () => {
    const model = exampleModel();
    const report = buildAccessReport(model, planStacks(model));
    expect(report.groups.map((g) => [g.purpose, g.keys.length])).toEqual([
      ['cloudwatch', 12], ['s3', 10], ['lambda', 12], ['session_manager', 12], ['ebs', 12], ['backup', 12],
      ['installer', 1], ['management', 1], ['central_logs', 1], ['log_replication', 2], ['accelerator', 2], ['audit_s3', 2], ['sns', 2],
    ]);
  });

  it('stays one table per purpose for 1,000 accounts without an organization', () => {
    // GIVEN 1,000 accounts and organization-config.yaml enable: false (IN_ORG lists every account)
    const model = withAccounts(withoutOrganization(exampleModel()), 1000);
    // WHEN reported
    const report = buildAccessReport(model, planStacks(model));
    const markdown = renderMarkdown(report);
    // THEN 13 tables, the account list folded away, and the text stays small
    expect(report.groups).toHaveLength(13);
    expect(report.groups.find((g) => g.purpose === 'cloudwatch')?.keys).toHaveLength(2000);
    expect(markdown).toContain('1000 accounts <details><summary>show</summary>');
    expect(markdown.split('\n').length).toBeLessThan(250);
  });

  it('writes the same bytes twice, with no timestamp and no absolute path', () => {
    const model = exampleModel();
    const render = () => {
      const report = buildAccessReport(model, planStacks(model));
      return renderMarkdown(report) + renderJson(report);
    };
    const text = render();
    expect(render()).toBe(text);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|\/work\/|\/tmp\//);
  });
});
