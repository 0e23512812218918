/**
 * Reflection UI. Import `./reflection.css` where these render (the popup entry, or the content script
 * that mounts `ReflectionCard` in a shadow root with `cssInjectionMode: 'ui'`).
 */
export * from './client';
export * from './derive';
export * from './EmptyState';
export * from './MeetingSummaryView';
export * from './PromptList';
export * from './ReflectionCard';
export * from './ReflectionForm';
export * from './ReflectionPanel';
export * from './strings';
