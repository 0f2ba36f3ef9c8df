/**
 * The validated organization model: everything the key plan needs, nothing it does not.
 * Produced by `loadOrgModel` from one configuration folder; read-only from there on.
 */

export type AccountType = 'management' | 'logArchive' | 'audit' | 'workload';

export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn';

export interface Account {
  /** The name in accounts-config.yaml; used in deploymentTargets, never in addresses or stack names. */
  readonly name: string;
  readonly email: string;
  /** 12 digits, from accounts-config.yaml accountIds. */
  readonly id: string;
  readonly type: AccountType;
  /** Organizational unit path as LZA writes it: `Root`, `Security`, `Level1/Level2-02`. */
  readonly organizationalUnit: string;
}

/** LZA's deploymentTargets, validated against the accounts and OUs that exist. */
export interface DeploymentTargets {
  readonly accounts: readonly string[];
  readonly organizationalUnits: readonly string[];
  readonly excludedAccounts: readonly string[];
  readonly excludedRegions: readonly string[];
}

/**
 * A `useCMK` / `createCMK` switch. `undefined` in the model means the block is absent (the key exists).
 * `targets` undefined means the block has no deploymentTargets (the flag decides everywhere).
 */
export interface KeySwitch {
  readonly enabled: boolean;
  readonly targets?: DeploymentTargets;
}

/** A tag value: literal text, or text with SSM parameters looked up at plan time. */
export type TagValue = string | { readonly template: readonly TagValuePart[] };
export type TagValuePart = string | { readonly ssmParameter: string };

export interface Tag {
  readonly key: string;
  readonly value: TagValue;
}

export interface SessionManagerSettings {
  readonly enabled: boolean;
  readonly excludeAccounts: readonly string[];
  readonly excludeRegions: readonly string[];
}

export interface EbsDefaultEncryptionSettings {
  /** enable is true and no kmsKey names a key set: this project makes the ebs key. */
  readonly createKey: boolean;
  readonly targets?: DeploymentTargets;
  readonly excludeRegions: readonly string[];
}

export interface BackupVault {
  readonly name: string;
  readonly targets: DeploymentTargets;
}

export interface SecurityServices {
  readonly macie: boolean;
  readonly guardDuty: boolean;
  readonly auditManager: boolean;
}

/** A policy rule finding the configuration accepts (terraform-config.yaml policyRuleSuppressions). */
export interface PolicyRuleSuppression {
  readonly rule: string;
  /** Stack names or `*` patterns; empty = every stack. */
  readonly stacks: readonly string[];
  /** Key purposes or addresses, or `*` patterns; empty = every key. */
  readonly keys: readonly string[];
  readonly reason: string;
}


/** Local state in the project folder, one file per stack. */
export interface LocalBackendSettings {
  readonly type: 'local';
}

/** One S3 object per stack, `<keyPrefix>/<stack>.tfstate`, encrypted, with S3 native locking. */
export interface S3BackendSettings {
  readonly type: 's3';
  readonly bucket: string;
  readonly region: string;
  readonly keyPrefix: string;
}

/** One Terraform Cloud workspace per stack, `<workspacePrefix><stack>`, with AWS dynamic credentials. */
export interface CloudBackendSettings {
  readonly type: 'cloud';
  readonly organization: string;
  /** undefined = the organization's default project. */
  readonly project?: string;
  readonly hostname: string;
  readonly workspacePrefix: string;
  /** Role each workspace assumes in its own account through the OIDC provider of Terraform Cloud. */
  readonly runRoleName: string;
}

export type BackendSettings = LocalBackendSettings | S3BackendSettings | CloudBackendSettings;

/** A key by stack and purpose: `keys-<account id>-<Region>` and `cloudwatch`. */
export interface KeyRef {
  readonly stack: string;
  readonly key: string;
}

/** terraform-config.yaml `retention`: keys forgotten or adopted on purpose. */
export interface RetentionDirectives {
  readonly forget: readonly (KeyRef & { readonly reason: string })[];
  readonly adopt: readonly (KeyRef & { readonly keyId: string; readonly importAlias: boolean })[];
}

export interface OrgModel {
  /** LZA AcceleratorPrefix; default `AWSAccelerator`. */
  readonly prefix: string;
  readonly partition: Partition;
  /** Set whenever the organization is enabled; organization conditions use it. */
  readonly organizationId?: string;
  /** organization-config.yaml `enable`; false turns organization conditions into account lists. */
  readonly organizationEnabled: boolean;
  readonly homeRegion: string;
  /** In configuration order, home Region included. */
  readonly enabledRegions: readonly string[];
  readonly managementAccountAccessRole: string;
  /** Role the Management account's stacks assume; undefined = the deploying identity as it is. */
  readonly managementAccountRoleName?: string;
  /** Mandatory accounts first, then workload accounts, in configuration order. */
  readonly accounts: readonly Account[];
  readonly tags: readonly Tag[];
  readonly controlTowerEnabled: boolean;
  readonly centralizedLoggingRegion: string;
  readonly switches: {
    readonly cloudwatch?: KeySwitch;
    readonly lambda?: KeySwitch;
    readonly s3?: KeySwitch;
  };
  /** logging.cloudwatchLogs.enable is not false. */
  readonly cloudwatchLogsEnabled: boolean;
  readonly sessionManager: SessionManagerSettings;
  readonly ebsDefaultEncryption: EbsDefaultEncryptionSettings;
  /** organization-config.yaml backupPolicies is non-empty. */
  readonly backupPolicies: boolean;
  readonly backupVaults: readonly BackupVault[];
  /** snsSubscriptions or snsTopics.topics has an entry. */
  readonly snsTopics: boolean;
  readonly securityServices: SecurityServices;
  readonly backend: BackendSettings;
  readonly policyRuleSuppressions: readonly PolicyRuleSuppression[];
  /** Absent means no entries (hand-built models need not spell it out). */
  readonly retention?: RetentionDirectives;
}
