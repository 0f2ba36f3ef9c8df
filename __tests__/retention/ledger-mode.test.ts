import { LedgerModeError, ledgerModeFromEnv } from '../../modules/retention/ledger-mode';

describe('ledger mode', () => {
  it.each([
    [{}, 'update'],
    [{ CI: 'true' }, 'check'],
    [{ CI: '1' }, 'check'],
    [{ CI: 'false' }, 'update'],
    [{ CI: '' }, 'update'],
    [{ CI: 'true', LZ_KEYS_LEDGER: 'update' }, 'update'],
    [{ LZ_KEYS_LEDGER: 'check' }, 'check'],
  ])('%j → %s', (env, mode) => {
    expect(ledgerModeFromEnv(env)).toBe(mode);
  });

  it('rejects an unknown mode with what it accepts', () => {
    expect(() => ledgerModeFromEnv({ LZ_KEYS_LEDGER: 'strict' })).toThrow(LedgerModeError);
    expect(() => ledgerModeFromEnv({ LZ_KEYS_LEDGER: 'strict' })).toThrow('LZ_KEYS_LEDGER is "strict"; expected one of update, check');
  });
});
