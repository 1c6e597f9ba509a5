import { createApp } from 'vue';
import App from './App.vue';
import { applyPreferences } from './lib/preferences';
import { loadVocabularies } from './lib/vocabularies';
import { router } from './router';
import './styles.css';

applyPreferences();
void loadVocabularies();
createApp(App).use(router).mount('#app');
