import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

const holder = globalThis as unknown as { guichetMailer?: { url: string; transport: Transporter } };

/** Whether mail can be sent at all (SMTP_URL set). */
export function isMailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

function transport(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  if (holder.guichetMailer?.url !== url) holder.guichetMailer = { url, transport: nodemailer.createTransport(url) };
  return holder.guichetMailer.transport;
}

/** The sender: the user part of SMTP_URL's `from` parameter, else no-reply at the app's host. */
function fromAddress(): string {
  const url = new URL(env().SMTP_URL!);
  return url.searchParams.get("from") ?? `Guichet <no-reply@${new URL(env().APP_URL).hostname}>`;
}

/** Sends one plain-text email; returns false (and does nothing) when SMTP_URL is not set. */
export async function sendMail(mail: { to: string; subject: string; text: string }): Promise<boolean> {
  const mailer = transport();
  if (!mailer) return false;
  await mailer.sendMail({ from: fromAddress(), ...mail });
  return true;
}
