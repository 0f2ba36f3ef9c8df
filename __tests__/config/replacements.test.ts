import { applyReplacements, type Replacement } from '../../modules/config/replacements';
import { findMarkers } from '../../modules/config/markers';

const context = {
  replacements: new Map<string, Replacement>([
    ['HomeRegion', { type: 'String', value: 'us-east-1' }],
    ['Regions', { type: 'StringList', value: ['us-east-1', 'us-west-2'] }],
    ['Param', { type: 'SSM', path: '/org/param' }],
  ]),
  accountIds: new Map([['Management', '111111111111']]),
};

describe('applyReplacements', () => {
  it('substitutes a String placeholder, with or without spaces inside the braces', () => {
    expect(applyReplacements('homeRegion: {{HomeRegion}}\nx: {{ HomeRegion }}', context)).toBe(
      'homeRegion: us-east-1\nx: us-east-1',
    );
  });

  it('turns [{{List}}] into a flow sequence of quoted items', () => {
    expect(applyReplacements('enabledRegions: [{{Regions}}]', context)).toBe('enabledRegions: ["us-east-1", "us-west-2"]');
  });

  it('joins a list with commas outside a flow sequence, as LZA renders it', () => {
    expect(applyReplacements('value: "{{Regions}}"', context)).toBe('value: "us-east-1,us-west-2"');
  });

  it('resolves {{account Name}} to the account id', () => {
    expect(applyReplacements('value: "{{account Management}}"', context)).toBe('value: "111111111111"');
  });

  it('leaves SSM-backed placeholders as markers carrying the parameter path and the text written', () => {
    const out = applyReplacements('a: "{{resolve:ssm:/x/y}}"\nb: "{{Param}}"', context);
    expect(findMarkers(out)).toEqual([
      { kind: 'ssm', placeholder: '{{resolve:ssm:/x/y}}', ssmParameter: '/x/y' },
      { kind: 'ssm', placeholder: '{{Param}}', ssmParameter: '/org/param' },
    ]);
  });

  it('leaves unknown placeholders and unknown accounts as unresolved markers', () => {
    const out = applyReplacements('a: {{Nope}}\nb: [{{NoList}}]\nc: "{{account Ghost}}"', context);
    expect(findMarkers(out).map((m) => [m.kind, m.placeholder])).toEqual([
      ['unresolved', '{{Nope}}'],
      ['unresolved', '{{NoList}}'],
      ['unresolved', '{{account Ghost}}'],
    ]);
  });

  it('keeps every line where it was, so YAML errors point at the right line', () => {
    const text = 'a: {{HomeRegion}}\nb: [{{Regions}}]\nc: {{Param}}\nd: {{Nope}}\n';
    expect(applyReplacements(text, context).split('\n')).toHaveLength(text.split('\n').length);
  });
});
