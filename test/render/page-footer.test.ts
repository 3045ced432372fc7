const WORDS = { page: "Page", of: "of" };
import { describe, expect, it } from 'vitest';
import { cssString, pageFooter } from '../../src/render/page-footer.js';

describe('the footer of a printed page', () => {
  it('comes from CSS margin boxes on Chromium 131 and later, from header/footer templates before', () => {
    expect(pageFooter('HeadlessChrome/156.0.8078.73').pdfOptions('x', WORDS)).toEqual({ displayHeaderFooter: false });
    expect(pageFooter('Chrome/131.0.6778.85').pdfOptions('x', WORDS)).toEqual({ displayHeaderFooter: false });
    const old = pageFooter('HeadlessChrome/130.0.6723.58').pdfOptions('Chart for <b>Sam</b>', WORDS);
    expect(old.displayHeaderFooter).toBe(true);
    expect(old.footerTemplate).toContain('Chart for &lt;b&gt;Sam&lt;/b&gt;');
    expect(old.footerTemplate).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(pageFooter('something else').pdfOptions('x', WORDS).displayHeaderFooter).toBe(true);
  });

  it('puts the name into a CSS string nothing in it can end', () => {
    expect(cssString('Sam R')).toBe('"Sam R"');
    expect(cssString('Sam "R." \\ }')).toBe('"Sam \\22 R\\2e \\22  \\5c  \\7d "');
    expect(cssString('a\nb</style>😀')).toBe('"a\\a b\\3c \\2f style\\3e \\1f600 "');
  });
});
