import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '../i18n';

afterEach(() => cleanup());

// findBy…/waitFor wait this long: AntD pages render slowly in jsdom on a loaded 2-core machine.
configure({ asyncUtilTimeout: 30000 });

// jsdom lacks these; AntD uses them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false, media: query, onchange: null,
      addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!window.ResizeObserver) {
  window.ResizeObserver = class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
}
const getComputedStyle = window.getComputedStyle;
window.getComputedStyle = (elt: Element) => getComputedStyle(elt);
// jsdom has no canvas; ECharts measures label text on one even when it draws SVG. A fixed-width font will do.
HTMLCanvasElement.prototype.getContext = function getContext() {
  return { font: '', measureText: (text: string) => ({ width: text.length * 7 }) };
} as unknown as typeof HTMLCanvasElement.prototype.getContext;
