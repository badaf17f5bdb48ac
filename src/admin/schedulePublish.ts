import type { SchedulePublish } from 'payload'

/**
 * The scheduling drawer's time list: a 24-hour clock, every minute (Payload offers a 12-hour
 * clock in 5-minute steps), so that an editor can publish at 9:07 as announced.
 */
export const schedulePublish: SchedulePublish = { timeFormat: 'HH:mm', timeIntervals: 1 }
