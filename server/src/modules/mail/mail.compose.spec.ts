import { describe, expect, it } from 'vitest';
import { backoffMs } from './mail.service.js';
import { communicationMail, composeMessage, textToHtml } from './mail.compose.js';

describe('what a mail says', () => {
  it("adds each stakeholder's own unsubscribe link, in text and HTML, and none for members", () => {
    const who = { name: 'Carla', projectName: 'ERP <migration>', unsubscribeUrl: 'https://pm.example.test/unsubscribe/abc' };
    const mail = composeMessage({ text: 'Hello', html: null }, who);
    expect(mail.text).toContain('unsubscribe: https://pm.example.test/unsubscribe/abc');
    expect(mail.html).toContain('<a href="https://pm.example.test/unsubscribe/abc">Unsubscribe</a>');
    expect(mail.html).toContain('ERP &lt;migration&gt;');
    const member = composeMessage({ text: 'Hello', html: '<p>Hello</p>' }, { ...who, unsubscribeUrl: null });
    expect(member.text).not.toContain('unsubscribe');
    expect(member.html.startsWith('<p>Hello</p>')).toBe(true);
  });

  it('turns plain text into escaped paragraphs', () => {
    expect(textToHtml('a <b>\nline\n\nnext')).toBe('<p>a &lt;b&gt;<br>line</p>\n<p>next</p>');
  });

  it("a communication item's reminder names what it is, its format, owner and purpose", () => {
    const m = communicationMail({
      project: { name: 'ERP migration', key: 'ERP' },
      item: { title: 'Steering committee', kind: 'STEERING_COMMITTEE', channel: 'VIDEO_CALL', notes: 'Go / no-go' } as never,
      ownerName: 'Ana',
      dueOn: '2031-03-04',
    });
    expect(m.subject).toBe('[ERP] Steering committee, due 2031-03-04');
    expect(m.text).toContain('Format: Video call');
    expect(m.text).toContain('Owner: Ana');
    expect(m.text).toContain('Purpose: Go / no-go');
    expect(m.html).toContain('Go / no-go');
  });

  it('waits 1, 2, 4 … minutes between tries, at most an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => backoffMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });
});
