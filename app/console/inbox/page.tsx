import type { Metadata } from "next";
import { ConsoleHeader } from "@/components/console/console-header";
import { Inbox } from "@/components/console/inbox/inbox";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { consoleLocale } from "@/lib/console/console-locale";
import { chatSettings } from "@/lib/conversation/chat-settings";
import { CHAT_ROLES } from "@/lib/conversation/queue-status";
import { translator } from "@/lib/i18n/translate";
import { loadInboxSetup } from "./queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("inbox.title") };
}

export default async function InboxPage() {
  const { staff, allowed } = await requireStaffPage(CHAT_ROLES, "/console/inbox");
  const locale = await consoleLocale();
  const t = translator(locale);
  if (!allowed) {
    return (
      <>
        <ConsoleHeader staff={staff} t={t} current="inbox" />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("inbox.title")}</h1>
          <p role="alert" className="mt-6 text-slate-700">
            {t("console.forbidden")}
          </p>
        </main>
      </>
    );
  }
  const [setup, settings] = await Promise.all([loadInboxSetup(staff.id), chatSettings()]);
  return (
    <>
      <ConsoleHeader staff={staff} t={t} current="inbox" />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <Inbox
          locale={locale}
          staff={{ id: staff.id, name: staff.name }}
          initialAvailability={setup.availability === "ONLINE" ? "ONLINE" : "AWAY"}
          cannedResponses={setup.cannedResponses}
          agents={setup.agents}
          targetSeconds={settings.firstResponseTargetSeconds}
        />
      </main>
    </>
  );
}
