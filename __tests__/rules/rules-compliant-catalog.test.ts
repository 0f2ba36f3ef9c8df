/**
 * The catalog's own policies pass every rule, in every shape the configuration can give them:
 * the example organization, every optional statement on, and without an organization.
 */
import { loadOrgModel } from '../../modules/config';
import { KEY_PURPOSES } from '../../modules/plan';
import { POLICY_RULES, evaluateKey } from '../../modules/rules';
import { lzaConfig } from '../helpers/fixtures';
import { allStatementsModel, exampleModel, plannedKeys, rendered, withoutOrganization } from './rule-fixtures';

describe('the catalog policies pass every rule', () => {
  const models = {
    'the example organization': exampleModel(),
    'every optional statement on': allStatementsModel(),
    'every optional statement on, no organization': withoutOrganization(allStatementsModel()),
  };

  it.each(Object.entries(models))('%s: no rule finds anything in any key', (_name, model) => {
    // GIVEN every key the model plans, rendered as RetainedKey renders it
    const keys = plannedKeys(model).map((key) => rendered(key));
    // WHEN every rule checks every key
    const outcomes = keys.flatMap((key) => evaluateKey(key));
    // THEN nothing is found, and every purpose of the catalog was among the keys
    expect(outcomes).toEqual([]);
    expect(new Set(keys.map((key) => key.name))).toEqual(new Set(KEY_PURPOSES));
  });

  it('every rule returns compliant (not only not-applicable) for some catalog key', () => {
    const keys = plannedKeys(allStatementsModel()).map((key) => rendered(key));
    for (const rule of POLICY_RULES) {
      expect([rule.id, keys.some((key) => rule.check(key).status === 'compliant')]).toEqual([rule.id, true]);
    }
  });
});

describe('real LZA configurations pass every rule', () => {
  const fixtures = ['all-enabled', 'replacements'] as const;

  it.each(fixtures)('%s: no rule finds anything in any key', (fixture) => {
    // GIVEN LZA's own configuration files and a terraform-config.yaml naming the organization
    const dir = lzaConfig(fixture);
    // WHEN every planned key is checked
    const keys = plannedKeys(loadOrgModel(dir)).map((key) => rendered(key));
    // THEN nothing is found
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.flatMap((key) => evaluateKey(key))).toEqual([]);
  });
});
