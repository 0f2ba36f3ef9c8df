import { App, TerraformStack, Tokenization } from 'cdktf';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { tempDir } from '../helpers/fixtures';
import { TOKEN_STACK_TRACES_ENV, withoutTokenStackTraces } from '../../modules/stacks/token-stack-traces';

/** The creation stack cdktf recorded for the token behind `key.arn`. */
function creationStackOfArn(env: NodeJS.ProcessEnv = {}): string[] {
  const stack = new TerraformStack(new App({ outdir: tempDir('lz-keys-traces-') }), 'stack');
  const arn = withoutTokenStackTraces(() => new KmsKey(stack, 'key', {}).arn, env);
  const token = Tokenization.reverseString(arn).firstToken as unknown as { creationStack: string[] };
  return token.creationStack;
}

describe('withoutTokenStackTraces', () => {
  it('leaves the creation stack of tokens made inside it empty', () => {
    expect(creationStackOfArn()).toEqual([]);
  });

  it('keeps them when LZ_KEYS_TOKEN_STACK_TRACES=1', () => {
    expect(creationStackOfArn({ [TOKEN_STACK_TRACES_ENV]: '1' }).length).toBeGreaterThan(3);
  });

  it('keeps the stack trace of an Error, in the usual format', () => {
    const error = withoutTokenStackTraces(() => new Error('boom'));
    const inside = withoutTokenStackTraces(() => error.stack);
    expect(inside).toMatch(/^Error: boom\n    at /);
  });

  it('restores the previous prepareStackTrace, also when rendering throws', () => {
    const before = Error.prepareStackTrace;
    expect(() =>
      withoutTokenStackTraces(() => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(Error.prepareStackTrace).toBe(before);
  });
});
