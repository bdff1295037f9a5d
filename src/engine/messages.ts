/** Message templates with `{named}` placeholders, in Vietnamese and English. */
import type { Locale, Localized } from './types.js'

const PLACEHOLDER = /\{(\w+)\}/g

/** Fill `{name}` placeholders of `template` from `data`; unknown names stay as written. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(value) : value
  })
}

/** The placeholder names a template uses, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort()
}

/** The text of `message` in `locale`. */
export function localize(message: Localized, locale: Locale): string {
  return message[locale]
}

/** A plain number, printed without grouping (rules format their own figures). */
function formatNumber(value: number): string {
  return String(value)
}
