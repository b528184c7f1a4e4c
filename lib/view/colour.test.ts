import { describe, expect, it } from 'vitest'
import { ciede2000, contrastRatio, difference, hexToLinear, linearToLab, oklchToLinear } from './colour'

describe('ciede2000', () => {
  // Pairs and differences published by Sharma, Wu and Dalal (2005), "The CIEDE2000
  // colour-difference formula: implementation notes, supplementary test data".
  const SHARMA: [number, number, number, number, number, number, number][] = [
    [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
    [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
    [50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
    [50, 0, 0, 50, -1, 2, 2.3669],
    [50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
    [50, 2.5, 0, 73, 25, -18, 27.1492],
    [50, 2.5, 0, 61, -5, 29, 22.8977],
    [50, 2.5, 0, 56, -27, -3, 31.903],
    [50, 2.5, 0, 58, 24, 15, 19.4535],
    [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
    [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  ]
  it.each(SHARMA)(
    'matches the published value for (%s, %s, %s) and (%s, %s, %s)',
    (L1, a1, b1, L2, a2, b2, want) => {
      expect(ciede2000({ L: L1, a: a1, b: b1 }, { L: L2, a: a2, b: b2 })).toBeCloseTo(want, 3)
      expect(ciede2000({ L: L2, a: a2, b: b2 }, { L: L1, a: a1, b: b1 })).toBeCloseTo(want, 3)
    },
  )
})

describe('colour conversion', () => {
  it('puts white at L* 100 and black at 0, and sRGB red where CIELAB has it', () => {
    expect(linearToLab(hexToLinear('#ffffff')).L).toBeCloseTo(100, 2)
    expect(linearToLab(hexToLinear('#000')).L).toBeCloseTo(0, 5)
    const red = linearToLab(hexToLinear('#ff0000'))
    // sRGB red in CIELAB (D65): 53.24, 80.09, 67.20.
    expect(red.L).toBeCloseTo(53.24, 1)
    expect(red.a).toBeCloseTo(80.09, 0)
    expect(red.b).toBeCloseTo(67.2, 0)
  })

  it('reads Tailwind’s oklch() notation, achromatic hue included', () => {
    // oklch(62.8% 0.2577 29.23) is sRGB red.
    const red = oklchToLinear('oklch(62.8% 0.2577 29.23)')
    expect(difference(red, hexToLinear('#ff0000'))).toBeLessThan(1)
    expect(difference(oklchToLinear('oklch(100% 0 none)'), hexToLinear('#fff'))).toBeLessThan(0.5)
    expect(() => oklchToLinear('rgb(1 2 3)')).toThrow()
  })
})

describe('colour-blind simulation', () => {
  it('brings red and green together for deuteranopes and protanopes, but not blue and yellow', () => {
    const red = hexToLinear('#d62728')
    const green = hexToLinear('#2ca02c')
    expect(difference(red, green)).toBeGreaterThan(50)
    expect(difference(red, green, 'deuteranopia')).toBeLessThan(difference(red, green) / 3)
    expect(difference(red, green, 'protanopia')).toBeLessThan(difference(red, green) / 2)
    const blue = hexToLinear('#1f77b4')
    const yellow = hexToLinear('#ffd700')
    expect(difference(blue, yellow, 'deuteranopia')).toBeGreaterThan(40)
  })

  it('leaves greys grey', () => {
    const grey = hexToLinear('#808080')
    expect(difference(grey, grey, 'protanopia')).toBe(0)
    expect(difference(grey, hexToLinear('#808080'), 'deuteranopia')).toBeLessThan(1)
  })
})

describe('contrastRatio', () => {
  it('gives the WCAG figures', () => {
    expect(contrastRatio(hexToLinear('#000'), hexToLinear('#fff'))).toBeCloseTo(21, 5)
    expect(contrastRatio(hexToLinear('#777777'), hexToLinear('#ffffff'))).toBeCloseTo(4.48, 2)
  })
})
