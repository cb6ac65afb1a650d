/** Fill `{name}` placeholders in an interface string: fill('Scene {n} of {total}', { n: 3, total: 21 }). Pure. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
