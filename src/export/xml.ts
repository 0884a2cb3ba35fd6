/**
 * XML 1.0 text: drops the characters XML cannot hold at all (C0 controls
 * other than tab, line feed and carriage return; lone surrogates; U+FFFE,
 * U+FFFF) and escapes markup. `attribute: true` also escapes quotes and the
 * whitespace that attribute-value normalisation would otherwise turn into
 * spaces, so values read back exactly.
 */
export function escapeXml(value: string, attribute = false): string {
  const clean = value.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
  const text = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
  return attribute
    ? text.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
    : text;
}

/** The XML types an attribute's values share (for GraphML attr.type / GEXF type). */
export type XmlValueType = 'boolean' | 'int' | 'double' | 'string';

/** The one type all of an attribute's values fit (lists and objects are written as JSON strings). */
export function commonType(values: readonly unknown[]): XmlValueType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) < 2 ** 31)) return 'int';
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double';
  return 'string';
}

/** An attribute value as XML text (before escaping): primitives as themselves, lists and objects as JSON. */
export function xmlValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Declared attributes: name, type and a short id (XML formats refer to attributes by id). */
export interface AttributeModel {
  name: string;
  type: XmlValueType;
  id: string;
}

/**
 * The attributes that `elements` hold, in first-seen order, each with the
 * type all its values fit and an id `${prefix}${index}`.
 */
export function attributeModel(elements: ReadonlyArray<Record<string, unknown>>, prefix: string): AttributeModel[] {
  const values = new Map<string, unknown[]>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      list.push(value);
    }
  }
  return [...values].map(([name, list], i) => ({ name, type: commonType(list), id: `${prefix}${i}` }));
}
