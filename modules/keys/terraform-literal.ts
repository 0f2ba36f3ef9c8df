/**
 * Terraform reads every JSON string as a template: `${...}` and `%{...}` in user text (a tag
 * value, a policy) would be evaluated. Doubling the introducer makes it literal.
 */
export function terraformLiteral(text: string): string {
  return text.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}
