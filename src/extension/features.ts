import type { Feature } from './services';

/** Every feature of the extension, registered in this order by activate(). One line each. */
export const features: readonly Feature[] = [
];
