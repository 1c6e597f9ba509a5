import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './lib/i18n';
import { applyPreferences } from './lib/preferences';
import { loadVocabularies } from './lib/vocabularies';
import { router } from './router';
import './styles.css';

applyPreferences();
void loadVocabularies();
createApp(App).use(i18n).use(router).mount('#app');
