import { mountReflectionPage } from '@/components/reflection/page';
import '@/components/reflection/reflection.css';

mountReflectionPage(document.getElementById('app')!, new URL(location.href));
