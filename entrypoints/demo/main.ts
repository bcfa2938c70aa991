import './demo.css';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageAdapter } from '@/content/adapters/page';
import { mountHost } from '@/content/host';
import { readNhsJobsAdvert } from '@/content/readers/nhs-jobs-advert';

// The welcome page's demo: the bundled advert, checked by the same host as a real NHS Jobs advert.
void mountHost(new ContentScriptContext('demo'), pageAdapter({ read: () => readNhsJobsAdvert() }), { title: 'Demo advert' });
