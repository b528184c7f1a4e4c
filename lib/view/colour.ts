/**
 * Colour arithmetic for the palette checks: sRGB and OKLCH (Tailwind's notation) to
 * CIELAB, the CIEDE2000 difference, colour-blind simulation and WCAG contrast.
 * Pure functions; nothing here runs in the browser.
 */

/** Linear-light sRGB, each channel 0…1. */
export type LinearRgb = readonly [number, number, number]

export interface Lab {
  L: number
  a: number
  b: number
}

function toLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v))

/** `#rrggbb` or `#rgb` to linear sRGB. */
export function hexToLinear(hex: string): LinearRgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) throw new Error(`Not a hex colour: ${hex}`)
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!
  return [0, 2, 4].map((i) => toLinear(parseInt(digits.slice(i, i + 2), 16) / 255)) as unknown as LinearRgb
}

/**
 * `oklch(L% C H)` (or L as 0…1) to linear sRGB, clipped to the sRGB gamut as an sRGB
 * screen shows it. Björn Ottosson's OKLab matrices.
 */
export function oklchToLinear(css: string): LinearRgb {
  const m = /^oklch\(\s*([\d.]+)(%?)\s+([\d.]+)\s+([\d.]+|none)\s*\)$/.exec(css.trim())
  if (!m) throw new Error(`Not an oklch() colour: ${css}`)
  const L = Number(m[1]) / (m[2] ? 100 : 1)
  const C = Number(m[3])
  const h = m[4] === 'none' ? 0 : (Number(m[4]) * Math.PI) / 180
  const a = C * Math.cos(h)
  const b = C * Math.sin(h)
  const l_ = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3
  const m_ = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3
  const s_ = (L - 0.0894841775 * a - 1.291485548 * b) ** 3
  return [
    clamp01(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
    clamp01(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
    clamp01(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_),
  ]
}

/** Linear sRGB to CIELAB under D65. */
export function linearToLab([r, g, b]: LinearRgb): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  const fx = f(x)
  const fy = f(y)
  const fz = f(z)
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) }
}

const deg = (rad: number) => (rad * 180) / Math.PI
const rad = (d: number) => (d * Math.PI) / 180

/** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), kL = kC = kH = 1. */
export function ciede2000(one: Lab, two: Lab): number {
  const C1 = Math.hypot(one.a, one.b)
  const C2 = Math.hypot(two.a, two.b)
  const Cbar = (C1 + C2) / 2
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)))
  const a1 = (1 + G) * one.a
  const a2 = (1 + G) * two.a
  const c1 = Math.hypot(a1, one.b)
  const c2 = Math.hypot(a2, two.b)
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360)
  const h1 = hue(a1, one.b)
  const h2 = hue(a2, two.b)
  const dL = two.L - one.L
  const dC = c2 - c1
  let dh = 0
  if (c1 * c2 !== 0) {
    dh = h2 - h1
    if (dh > 180) dh -= 360
    else if (dh < -180) dh += 360
  }
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(rad(dh / 2))
  const Lbar = (one.L + two.L) / 2
  const cbar = (c1 + c2) / 2
  let hbar = h1 + h2
  if (c1 * c2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) hbar = (h1 + h2) / 2
    else hbar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2
  }
  const T =
    1 -
    0.17 * Math.cos(rad(hbar - 30)) +
    0.24 * Math.cos(rad(2 * hbar)) +
    0.32 * Math.cos(rad(3 * hbar + 6)) -
    0.2 * Math.cos(rad(4 * hbar - 63))
  const dTheta = 30 * Math.exp(-(((hbar - 275) / 25) ** 2))
  const Rc = 2 * Math.sqrt(cbar ** 7 / (cbar ** 7 + 25 ** 7))
  const Sl = 1 + (0.015 * (Lbar - 50) ** 2) / Math.sqrt(20 + (Lbar - 50) ** 2)
  const Sc = 1 + 0.045 * cbar
  const Sh = 1 + 0.015 * cbar * T
  const Rt = -Math.sin(rad(2 * dTheta)) * Rc
  return Math.sqrt((dL / Sl) ** 2 + (dC / Sc) ** 2 + (dH / Sh) ** 2 + Rt * (dC / Sc) * (dH / Sh))
}

export type Vision = 'normal' | 'deuteranopia' | 'protanopia'

// Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB.
const SIMULATION: Record<Exclude<Vision, 'normal'>, readonly (readonly number[])[]> = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
}

/** The colour as a person with the given vision sees it. */
export function simulate(rgb: LinearRgb, vision: Vision): LinearRgb {
  if (vision === 'normal') return rgb
  const m = SIMULATION[vision]
  return m.map((row) =>
    clamp01(row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]),
  ) as unknown as LinearRgb
}

/** CIEDE2000 between two colours as seen with the given vision. */
export function difference(one: LinearRgb, two: LinearRgb, vision: Vision = 'normal'): number {
  return ciede2000(linearToLab(simulate(one, vision)), linearToLab(simulate(two, vision)))
}

/** WCAG 2.1 contrast ratio, 1…21. */
export function contrastRatio(one: LinearRgb, two: LinearRgb): number {
  const luminance = ([r, g, b]: LinearRgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b
  const [hi, lo] = [luminance(one), luminance(two)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
