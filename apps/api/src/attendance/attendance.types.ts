/** How a presence was recorded: a phone's camera on the kiosk's QR, a PIN typed at the kiosk (online or queued offline), or staff. */
export const CHECK_METHODS = ['qr', 'pin', 'offline_pin', 'staff', 'auto'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];
