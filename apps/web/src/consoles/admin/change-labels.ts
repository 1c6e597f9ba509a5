/** A changed field's address, as the API's diff names it: `admission.note`, `exhibits[<id>].name`. */
export interface ChangePath {
  top: string;
  /** The item of a list of items with ids (an exhibit, an accreditation). */
  id?: string;
  part?: string;
}

export function changePath(field: string): ChangePath {
  const match = /^([^.[]*)(?:\[([^\]]*)\])?(?:\.(.+))?$/.exec(field);
  return match ? { top: match[1], id: match[2], part: match[3] } : { top: field };
}

/** The app's `t` and `te` (lib/i18n.ts), or the same over a plain message tree. */
export interface Translator {
  t(key: string): string;
  te(key: string): boolean;
}

/**
 * A changed field's name in the reader's language: its section, the item it belongs to (an exhibit
 * by its name) and its part: "门票 · 说明", "展品与展项 · 傅科摆 · 通俗说明". A contact detail reads
 * as a field of its own ("联系电话"). Never the API's key: what the messages do not name reads as
 * "其他信息" (the unit test over every field of a resource's content keeps that from happening).
 */
export function changeLabel(field: string, { t, te }: Translator, itemName?: string): string {
  const { top, part } = changePath(field);
  const sectionKey = `admin.review.fields.${top}`;
  const section = t(te(sectionKey) ? sectionKey : 'admin.review.fields.other');
  const partKey = `admin.review.parts.${top}.${part}`;
  const partName = part && te(partKey) ? t(partKey) : undefined;
  if (top === 'contact' && partName) return partName;
  return [section, itemName, partName].filter(Boolean).join(' · ');
}
