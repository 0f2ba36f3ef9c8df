import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import * as fs from 'fs';
import { ConfigError } from '../../modules/config';
import { parseKeyArn } from '../../modules/orphans/arn';
import { AwsClients } from '../../modules/orphans/clients';
import { keyTarget, loadSettings, prefixOf, roleArnFor } from '../../modules/orphans/settings';
import { allEnabledConfigDir } from './support/config-dir';
import { allEnabledSettings } from './support/deps';

const sts = mockClient(STSClient);
afterAll(() => sts.restore());

describe('loadSettings', () => {
  it('works without a configuration folder', () => {
    expect(loadSettings({ LZ_KEYS_CONFIG_DIR: '/nonexistent/configs' })).toEqual({ configDir: '/nonexistent/configs' });
  });

  it('loads the folder when it exists', () => {
    const dir = allEnabledConfigDir();
    try {
      expect(loadSettings({ LZ_KEYS_CONFIG_DIR: dir }).model?.enabledRegions).toEqual(['us-east-1', 'us-west-2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('throws the loader error for a folder that exists but is broken', () => {
    // GIVEN the fixture without its accounts file
    const dir = allEnabledConfigDir();
    fs.rmSync(`${dir}/accounts-config.yaml`);
    try {
      // WHEN / THEN
      expect(() => loadSettings({ LZ_KEYS_CONFIG_DIR: dir })).toThrow(ConfigError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('prefixOf', () => {
  it('prefers the flag, then the configuration, then AWSAccelerator', () => {
    const settings = allEnabledSettings();
    const custom = { ...settings, model: { ...settings.model!, prefix: 'MyLZ' } };
    expect(prefixOf(custom, 'Flag')).toBe('Flag');
    expect(prefixOf(custom, undefined)).toBe('MyLZ');
    expect(prefixOf({ configDir: 'x' }, undefined)).toBe('AWSAccelerator');
  });
});

describe('roleArnFor', () => {
  it("builds the role ARN in the configuration's partition", () => {
    const settings = allEnabledSettings();
    expect(roleArnFor({ ...settings.model!, partition: 'aws-us-gov' }, '666666666666')).toBe(
      'arn:aws-us-gov:iam::666666666666:role/AWSControlTowerExecution',
    );
  });
});

describe('keyTarget', () => {
  const key = parseKeyArn('arn:aws:kms:us-west-2:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab');

  it("uses the current credentials in the ARN's Region by default", async () => {
    expect(await keyTarget(key, false, { configDir: 'x' }, new AwsClients({}))).toEqual({ accountId: '111111111111', region: 'us-west-2' });
  });

  it('does not assume a role into the caller\'s own account', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111111111111' });
    expect(await keyTarget(key, true, allEnabledSettings(), new AwsClients({}))).toEqual({ accountId: '111111111111', region: 'us-west-2' });
  });
});
