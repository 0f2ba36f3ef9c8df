/**
 * Terraform reads every JSON string as a template: `${...}` and `%{...}` in user text (a tag
 * value, a policy) would be evaluated. Doubling the introducer makes it literal. (A replacer
 * function, because in a replacement string `$$` already means one `$`.)
 */
export function terraformLiteral(text: string): string {
  return text.replace(/[$%]\{/g, (introducer) => `${introducer[0]}${introducer}`);
}
