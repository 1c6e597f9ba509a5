import { computed, ref } from 'vue';
import { elderMode } from './preferences';

const query = window.matchMedia('(min-width: 960px)');
const wideScreen = ref(query.matches);
query.addEventListener('change', (event) => (wideScreen.value = event.matches));

/** List and map side by side: on wide screens, except in elder mode, which shows one thing at a time. */
export const sideBySide = computed(() => wideScreen.value && !elderMode.value);
