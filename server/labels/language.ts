// The two languages the hub speaks, and text in both. Vietnamese is the
// default: a request that asks for nothing, or for anything but English, is
// answered in Vietnamese. Dependency-free, so the dashboard bundles it too.

export type Lang = 'vi' | 'en';

/** A text in both languages: a label, or a message a user can meet. */
export interface Label {
  vi: string;
  en: string;
}

export function label(vi: string, en: string): Label {
  return { vi, en };
}

/** English only where the best-ranked language of an Accept-Language header is English. */
export function languageOf(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const best = ranked.find((r) => r.tag.startsWith('vi') || r.tag.startsWith('en'));
  return best?.tag.startsWith('en') ? 'en' : 'vi';
}

/** Joins labels part by part (each language with its own words). */
export function joinLabels(parts: readonly Label[], separator: Label | string = '; '): Label {
  const sep = typeof separator === 'string' ? { vi: separator, en: separator } : separator;
  return { vi: parts.map((p) => p.vi).join(sep.vi), en: parts.map((p) => p.en).join(sep.en) };
}
