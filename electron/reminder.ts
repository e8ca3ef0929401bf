import type { Notification as NotificationType, NotificationConstructorOptions } from 'electron';
import { startupReminder } from '../core/desktop/startup-reminder';

type NotificationClass = { new (options: NotificationConstructorOptions): Pick<NotificationType, 'show'>; isSupported(): boolean };

/**
 * Once a run, at the first sign-in with something to report, a system notification of the user's 逾期/临期 counts (core decides
 * what to say, or nothing; 设置 can switch it off). A failure is logged, never shown: it is only a reminder.
 */
export function startupNotifier(Notification: NotificationClass, remind: (session: string) => ReturnType<typeof startupReminder>): (session: string) => void {
  let shown = false;
  return (session) => {
    if (shown || !Notification.isSupported()) return;
    remind(session)
      .then((reminder) => {
        if (!reminder || shown) return;
        shown = true;
        new Notification({ title: reminder.title, body: reminder.body }).show();
      })
      .catch((error: unknown) => console.error('[reminder] failed', error));
  };
}
