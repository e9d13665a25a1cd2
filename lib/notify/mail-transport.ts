// The SMTP connection (nodemailer), one per SMTP_URL per process, with timeouts short enough that a
// dead server never holds a claimed message past its lock.
import nodemailer, { type Transporter } from 'nodemailer';
import type { ComposedMail } from './compose-mail';

export interface MailSender {
  send(mail: ComposedMail): Promise<void>;
}

const transports = new Map<string, Transporter>();

export function smtpSender(smtpUrl: string): MailSender {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as nodemailer.TransportOptions);
    transports.set(smtpUrl, transport);
  }
  const sender = transport;
  return {
    async send(mail) {
      await sender.sendMail({
        from: mail.from,
        to: mail.to,
        replyTo: mail.replyTo,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.headers,
      });
    },
  };
}
