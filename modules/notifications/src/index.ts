// @nexova/notifications — tells staff what happened: an in-app feed per member (live on /ws) and
// e-mail, per kind switchable by the workspace and by each member, once per event (issue 13). The only door.

export { customerNotificationsConsumer } from './consumers/customers.consumer';
export { STAFF_EVENTS, staffNotificationsConsumer } from './consumers/staff.consumer';
export * from './contracts/events/notification-events.v1';
export {
  CUSTOMER_KINDS,
  type CustomerKind,
  type CustomerSwitch,
  DEFAULT_CHANNELS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from './contracts/kinds';
export {
  type NotificationPreferencesView,
  type NotificationSettingsView,
  type NotificationView,
  notificationSchema,
} from './contracts/notification';
export { TEMPLATE_LANGUAGE, TEMPLATE_PARAMETERS } from './domain/customer-templates';
export { notificationPermissions as permissions } from './http/permissions';
export { notificationsModule } from './module';
export {
  type NotificationMailer,
  type NotificationSettings,
  type NotificationsRuntime,
  notificationSettings,
} from './settings';
export { countUnreadNotifications } from './use-cases/count-unread-notifications';
export { type ListNotificationsInput, listNotifications } from './use-cases/list-notifications';
export {
  getNotificationPreferences,
  type PutNotificationPreferencesInput,
  putNotificationPreferences,
} from './use-cases/notification-preferences';
export {
  getNotificationSettings,
  type PutNotificationSettingsInput,
  putNotificationSettings,
} from './use-cases/notification-settings';
export {
  type NotifyAppointmentBookedInput,
  notifyAppointmentBooked,
} from './use-cases/notify-appointment-booked';
export { type NotifyCustomerInput, notifyCustomer } from './use-cases/notify-customer';
export { type NotifyStaffInput, notifyStaff } from './use-cases/notify-staff';
export { type QueueCustomerMailInput, queueCustomerMail } from './use-cases/queue-customer-mail';
export { type ReachCustomerInput, type Reached, reachCustomer } from './use-cases/reach-customer';
export { readAllNotifications } from './use-cases/read-all-notifications';
export { type ReadNotificationInput, readNotification } from './use-cases/read-notification';
export { type SendDueMailsInput, sendDueMails } from './use-cases/send-due-mails';
