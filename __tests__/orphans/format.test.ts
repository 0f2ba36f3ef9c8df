import { formatAudit, formatRefusal, formatScanTable, formatTable, scanSummary, type OrphanRecord } from '../../modules/orphans/format';
import { emptyCounts, type KeyUsage } from '../../modules/orphans/usage';

const RECORD: OrphanRecord = {
  keyArn: 'arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
  account: '111111111111',
  region: 'eu-west-1',
  creationDate: '2024-05-01T10:20:30.000Z',
  description: null,
  tags: { 'accelerator:key': 'cloudwatch', 'accelerator:stack': 'AWSAccelerator-Management-eu-west-1' },
  taggedForCleanup: true,
};

const USAGE: KeyUsage = {
  keyArn: RECORD.keyArn,
  account: '111111111111',
  region: 'eu-west-1',
  lookbackDays: 90,
  from: '2025-04-01T12:00:00.000Z',
  to: '2025-06-30T12:00:00.000Z',
  counts: emptyCounts(),
  lastUse: null,
  eventsRead: 7,
  complete: true,
};

describe('formatTable', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(formatTable(['A', 'BB'], [['xyz', '1'], ['x', '22']]).split('\n')).toEqual(['A    BB', 'xyz  1', 'x    22']);
  });
});

describe('formatScanTable', () => {
  it('shows key, Region, creation day, purpose and stack tags, and the clean-up mark', () => {
    const [header, row] = formatScanTable([RECORD]).split('\n');
    expect(header?.split(/\s{2,}/)).toEqual(['KEY', 'REGION', 'CREATED', 'accelerator:key', 'accelerator:stack', 'accelerator:status=orphan-cleanup']);
    expect(row?.split(/\s{2,}/)).toEqual([RECORD.keyArn, 'eu-west-1', '2024-05-01', 'cloudwatch', 'AWSAccelerator-Management-eu-west-1', 'yes']);
  });

  it('says so when there is nothing', () => {
    expect(formatScanTable([])).toBe('No orphaned keys.');
  });

  it('summarises with counts and the next step', () => {
    expect(scanSummary([RECORD, { ...RECORD, taggedForCleanup: false }], 4)).toMatch(
      /^2 orphaned keys in 4 account×Region pairs \(1 tagged for clean-up\)\. Before deleting one, run: npm run orphans -- audit --key <arn>$/,
    );
  });
});

describe('formatAudit', () => {
  it('states the 90-day limit and the verdict for an unused key', () => {
    const text = formatAudit(USAGE);
    expect(text).toContain('LookupEvents covers only the last 90 days');
    expect(text).toMatch(/^ {2}Decrypt +0$/m);
    expect(text).toMatch(/No use in the last 90 days\.$/);
  });

  it('explains what a Decrypt proves and who used the key last', () => {
    const text = formatAudit({
      ...USAGE,
      counts: { ...emptyCounts(), Decrypt: 3 },
      lastUse: { eventName: 'Decrypt', eventTime: '2025-06-01T00:00:00.000Z', username: 'reader' },
    });
    expect(text).toMatch(/^ {2}Decrypt +3$/m);
    expect(text).toContain('Last use: Decrypt at 2025-06-01T00:00:00.000Z by reader.');
    expect(text).toContain('In use: do not schedule its deletion. A Decrypt proves data exists that only this key can read.');
  });
});

describe('formatRefusal', () => {
  it('lists the reasons one per line', () => {
    expect(formatRefusal('tag x', ['a', 'b'])).toBe('Refusing to tag x:\n  - a\n  - b');
  });
});
