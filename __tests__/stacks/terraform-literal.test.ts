import { terraformLiteral } from '../../modules/keys/terraform-literal';

describe('terraformLiteral', () => {
  it('doubles template introducers so Terraform keeps them as text', () => {
    expect(terraformLiteral('a ${b} %{c} $d {e}')).toBe('a $${b} %%{c} $d {e}');
  });

  it('leaves text without introducers unchanged', () => {
    expect(terraformLiteral('arn:aws:iam::111111111111:role/AWSAccelerator-*')).toBe('arn:aws:iam::111111111111:role/AWSAccelerator-*');
  });
});
