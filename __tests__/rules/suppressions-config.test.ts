/** terraform-config.yaml policyRuleSuppressions: read into the model, and a missing reason is an error. */
import * as fs from 'fs';
import { ConfigError, loadOrgModel } from '../../modules/config';
import { planStacks } from '../../modules/plan';
import { EXAMPLE_CONFIG, copyConfig } from '../helpers/fixtures';

const BASE = "organizationId: o-exampleorg1\n";

function configWith(terraformConfig: string): string {
  return copyConfig(EXAMPLE_CONFIG, { terraformConfig: BASE + terraformConfig });
}

function loadError(dir: string): string {
  try {
    loadOrgModel(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.replace(dir, '<dir>');
    throw error;
  }
  throw new Error('the configuration loaded');
}

describe('policyRuleSuppressions', () => {
  const dirs: string[] = [];
  const config = (text: string) => {
    const dir = configWith(text);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('is empty when absent, and reaches every stack plan when given', () => {
    expect(loadOrgModel(config('')).policyRuleSuppressions).toEqual([]);
    // GIVEN one suppression with patterns and one for every key
    const model = loadOrgModel(config([
      'policyRuleSuppressions:',
      '  - rule: LZK9',
      "    stacks: ['keys-*-eu-west-1']",
      '    keys: [central_logs]',
      '    reason: The organization is off until the migration; tracked in PLAT-12.',
      '  - rule: LZK5',
      '    reason: Reviewed by security.',
    ].join('\n')));
    // THEN the model and every stack plan carry them, absent lists read as "every"
    const expected = [
      { rule: 'LZK9', stacks: ['keys-*-eu-west-1'], keys: ['central_logs'], reason: 'The organization is off until the migration; tracked in PLAT-12.' },
      { rule: 'LZK5', stacks: [], keys: [], reason: 'Reviewed by security.' },
    ];
    expect(model.policyRuleSuppressions).toEqual(expected);
    expect(planStacks(model).every((stack) => JSON.stringify(stack.policyRuleSuppressions) === JSON.stringify(expected))).toBe(true);
  });

  it('rejects an empty or missing reason, naming file, field and line', () => {
    const dir = config(['policyRuleSuppressions:', '  - rule: LZK2', "    reason: '   '", '  - rule: LZK3'].join('\n'));
    expect(loadError(dir)).toBe(
      [
        'The configuration in <dir> is not valid; nothing was synthesized.',
        'terraform-config.yaml has 2 issues:',
        '  - policyRuleSuppressions[0].reason (line 4): found "   "; expected a reason saying why the finding is accepted (mandatory: an auditor reads it in the synth output)',
        '  - policyRuleSuppressions[1].reason (line 5): found nothing; expected a reason saying why the finding is accepted (mandatory: an auditor reads it in the synth output)',
      ].join('\n'),
    );
  });

  it('rejects an unknown rule id and an unknown field', () => {
    const dir = config(['policyRuleSuppressions:', '  - rule: LZK99', '    stack: [keys-1]', '    reason: typo'].join('\n'));
    expect(loadError(dir)).toBe(
      [
        'The configuration in <dir> is not valid; nothing was synthesized.',
        'terraform-config.yaml has 2 issues:',
        '  - policyRuleSuppressions[0].rule (line 3): found "LZK99"; expected a policy rule id (LZK1, LZK2, LZK3, LZK4, LZK5, LZK6, LZK7, LZK8, LZK9)',
        '  - policyRuleSuppressions[0].stack (line 4): found a key the file does not define; expected only the documented keys (check the spelling of "stack")',
      ].join('\n'),
    );
  });
});
