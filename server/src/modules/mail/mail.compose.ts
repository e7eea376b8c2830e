/**
 * What a mail says: a communication item's reminder, and the per-recipient footer (greeting and
 * unsubscribe link) added to every message when it is sent. Pure functions.
 */
import type { CommunicationItem } from '../stakeholder/index.js';

/** What one recipient's copy adds to the message. */
export interface Personal {
  name: string;
  projectName: string;
  /** Their unsubscribe link (stakeholders only; members follow the project in Trellis). */
  unsubscribeUrl: string | null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Plain text as simple HTML paragraphs (escaped), for messages queued without HTML. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** One recipient's copy: the message with the footer that says why they get it and how to stop. */
export function composeMessage(msg: { text: string; html: string | null }, who: Personal): { text: string; html: string } {
  const why = `You receive this as a stakeholder of ${who.projectName}.`;
  const textFooter = who.unsubscribeUrl ? `\n\n--\n${why}\nTo receive no more mail about it, unsubscribe: ${who.unsubscribeUrl}\n` : `\n\n--\nSent by Trellis for ${who.projectName}.\n`;
  const htmlFooter = who.unsubscribeUrl
    ? `<hr><p style="color:#555;font-size:12px">${escapeHtml(why)} <a href="${escapeHtml(who.unsubscribeUrl)}">Unsubscribe</a> to receive no more mail about it.</p>`
    : `<hr><p style="color:#555;font-size:12px">Sent by Trellis for ${escapeHtml(who.projectName)}.</p>`;
  return { text: msg.text + textFooter, html: (msg.html ?? textToHtml(msg.text)) + '\n' + htmlFooter };
}

const CHANNELS: Record<string, string> = {
  EMAIL: 'Email',
  MEETING: 'Meeting',
  VIDEO_CALL: 'Video call',
  CHAT: 'Chat',
  REPORT: 'Report',
  OTHER: 'Other',
};
const KINDS: Record<string, string> = {
  STATUS_REPORT: 'Status report',
  STEERING_COMMITTEE: 'Steering committee',
  DEMO: 'Demo',
  NEWSLETTER: 'Newsletter',
  OTHER: 'Communication',
};

/** The reminder for a communication item falling due: what it is, how, who owns it and when. */
export function communicationMail(a: {
  project: { name: string; key: string };
  item: Pick<CommunicationItem, 'title' | 'kind' | 'channel' | 'notes'>;
  ownerName: string | null;
  dueOn: string;
}): { subject: string; text: string; html: string } {
  const { project, item } = a;
  const lines = [
    `${item.title} is due on ${a.dueOn}.`,
    '',
    `Project: ${project.name} (${project.key})`,
    `What: ${KINDS[item.kind] ?? item.kind}`,
    `Format: ${CHANNELS[item.channel] ?? item.channel}`,
    `Owner: ${a.ownerName ?? 'not named'}`,
  ];
  if (item.notes.trim()) lines.push('', `Purpose: ${item.notes.trim()}`);
  const text = lines.join('\n');
  const row = (k: string, v: string) => `<tr><th align="left" style="padding-right:12px">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`;
  const html = [
    `<p><strong>${escapeHtml(item.title)}</strong> is due on ${escapeHtml(a.dueOn)}.</p>`,
    '<table>',
    row('Project', `${project.name} (${project.key})`),
    row('What', KINDS[item.kind] ?? item.kind),
    row('Format', CHANNELS[item.channel] ?? item.channel),
    row('Owner', a.ownerName ?? 'not named'),
    ...(item.notes.trim() ? [row('Purpose', item.notes.trim())] : []),
    '</table>',
  ].join('\n');
  return { subject: `[${project.key}] ${item.title}, due ${a.dueOn}`, text, html };
}
