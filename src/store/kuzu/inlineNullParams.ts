/**
 * Quirk LBUG-NULL-PARAM (quirks.ts): LadybugDB 0.19 types a parameter whose value is null as
 * BOOL and then refuses it where the statement needs another type (`$region IS NULL OR
 * p.region CONTAINS $region`: "Cannot change parameter expression data type from BOOL to
 * STRING"). A null literal binds to whatever its place needs, so each null parameter is
 * written into the text as NULL and dropped from the parameters. The text differs only by
 * which parameters are null, so prepared statements stay few (cached per text).
 */
export function inlineNullParams(
  text: string, params: Record<string, unknown>,
): { text: string; params: Record<string, unknown> } {
  const nulls = Object.keys(params).filter((key) => params[key] === null || params[key] === undefined);
  if (nulls.length === 0) return { text, params };
  let out = text;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined) kept[key] = value;
  for (const key of nulls) out = out.replace(new RegExp(`\\$${key}(?![A-Za-z0-9_])`, 'g'), 'NULL');
  return { text: out, params: kept };
}
