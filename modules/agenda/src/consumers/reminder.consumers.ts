import { defineConsumer } from '@nexova/events';
import { appointmentBooked, appointmentRescheduled, reminderDue } from '../contracts/events/appointment-events.v1';
import type { ReminderSettings } from '../reminders/notifier';
import { reminderPolicy } from '../use-cases/agenda-settings';
import { reminderMoment, scheduleReminder } from '../use-cases/reminder-timer';
import { sendReminder } from '../use-cases/send-reminder';

/**
 * Sets the reminder timer of each booked appointment (and of the new one a reschedule creates) at
 * starts_at − the workspace's lead time (its agenda settings, else AGENDA_REMINDER_MINUTES_BEFORE;
 * none while the workspace has reminders off): at once when that moment has passed, none once the
 * appointment started. Cancel, no-show and complete need no hook: the send is a no-op then.
 */
export const reminderSchedulerConsumer = (settings: Pick<ReminderSettings, 'minutesBefore'>) =>
  defineConsumer({
    name: 'agenda.reminder-scheduler',
    events: [appointmentBooked, appointmentRescheduled],
    async handle({ ctx, event }) {
      // A reschedule's reminder is the new appointment's (the old one is `rescheduled`: its timer is a no-op).
      const p = event.payload as {
        appointment_id: string;
        starts_at: string;
        new_appointment_id?: string;
        new_starts_at?: string;
      };
      const policy = await reminderPolicy(ctx, settings.minutesBefore);
      if (!policy.enabled) return;
      const at = reminderMoment(new Date(p.new_starts_at ?? p.starts_at), policy.minutesBefore, new Date());
      if (at) await scheduleReminder(ctx, p.new_appointment_id ?? p.appointment_id, at);
    },
  });

/** Sends the reminder when its timer fires (once; nothing if the appointment is no longer booked or confirmed). */
export const reminderDueConsumer = (settings: ReminderSettings) =>
  defineConsumer({
    name: 'agenda.reminder-due',
    events: [reminderDue],
    async handle({ ctx, event }) {
      await sendReminder({ ctx, input: { appointmentId: event.payload.appointment_id }, settings });
    },
  });
