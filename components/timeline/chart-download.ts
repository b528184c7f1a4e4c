/**
 * "Download chart": the chart's SVG as a file of its own, light on white whatever the
 * page's theme, and a PNG drawn from it at twice its size.
 */

function standalone(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  const [, , width, height] = (copy.getAttribute('viewBox') ?? '0 0 900 300').split(' ').map(Number)
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  copy.setAttribute('style', 'color:#18181b;background:#ffffff')
  copy.removeAttribute('class')
  // Stance colours come from classes and the page's stylesheet: write them into the file.
  const originals = svg.querySelectorAll('[class]')
  copy.querySelectorAll('[class]').forEach((element, i) => {
    const style = getComputedStyle(originals[i]!)
    element.setAttribute('fill', style.fill)
    element.setAttribute('stroke', style.stroke)
    element.removeAttribute('class')
  })
  // Brush handles and focus order mean nothing in a file.
  for (const handle of copy.querySelectorAll('[data-handle]')) handle.remove()
  for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex')
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  background.setAttribute('width', '100%')
  background.setAttribute('height', '100%')
  background.setAttribute('fill', '#ffffff')
  copy.insertBefore(background, copy.querySelector('desc')?.nextSibling ?? copy.firstChild)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`
}

function save(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  save(fileName, new Blob([standalone(svg)], { type: 'image/svg+xml' }))
}

export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const text = standalone(svg)
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 900 300').split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ]
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = width * 2
  canvas.height = height * 2
  const context = canvas.getContext('2d')!
  context.scale(2, 2)
  context.drawImage(image, 0, 0, width, height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (blob) save(fileName, blob)
}
