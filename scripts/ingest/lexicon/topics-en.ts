// The English keyword rules describe scores an English item with (an article of lang en: a brief printed
// in English on a Chinese page). The Chinese lexicon (topics.ts) never matches English text, so without this
// list every English item fell back to governance. Same weights as the Chinese list: 3 = the word alone says
// the topic, 2 = a strong hint, 1 = a weak hint. Words are matched case-insensitively on word boundaries;
// a word also matches its plural (school → schools, bus → buses, library → libraries). A longer phrase is
// matched before the words inside it and takes their place (bus stop is counted once, not also as bus).

import type { Topic } from '../../../src/domain/topics.ts';
import type { Keyword } from './topics.ts';

const k = (weight: Keyword['weight'], ...words: string[]): Keyword[] => words.map((word) => ({ word, weight }));

export const TOPIC_KEYWORDS_EN: Record<Topic, Keyword[]> = {
  education: [
    ...k(3, 'school', 'kindergarten', 'pupil', 'teacher', 'classroom', 'college entrance exam', 'gaokao', 'tuition'),
    ...k(2, 'student', 'education', 'campus', 'teaching', 'university', 'vocational college', 'school place'),
    ...k(1, 'class', 'learning'),
  ],
  health: [
    ...k(3, 'hospital', 'clinic', 'health centre', 'health center', 'doctor', 'patient', 'medical insurance', 'vaccination'),
    ...k(2, 'medical', 'medicine', 'nurse', 'surgery', 'disease', 'check-up', 'checkup', 'pharmacy', 'ambulance'),
    ...k(1, 'health', 'healthcare'),
  ],
  'elderly-care': [
    ...k(3, 'elderly', 'nursing home', 'pension', 'senior citizen', 'retirement home', 'aged care', 'old-age'),
    ...k(2, 'senior', 'older people', 'older resident'),
    ...k(1, 'retiree'),
  ],
  childcare: [
    ...k(3, 'childcare', 'nursery', 'daycare', 'day care', 'infant', 'toddler', 'under three'),
    ...k(2, 'baby', 'parenting'),
  ],
  employment: [
    ...k(3, 'job', 'employment', 'unemployment', 'recruitment', 'job fair', 'vocational training', 'skills training', 'unpaid wages'),
    ...k(2, 'worker', 'wage', 'hiring', 'employer', 'labour', 'labor', 'career', 'start-up', 'social insurance'),
    ...k(1, 'training', 'salary'),
  ],
  heating: [
    ...k(3, 'heating', 'radiator', 'heat supply', 'district heating', 'heating season', 'indoor temperature'),
    ...k(2, 'boiler', 'coal-to-electricity', 'coal-to-gas', 'clean heating'),
    ...k(1, 'warm', 'winter'),
  ],
  housing: [
    ...k(3, 'housing', 'old residential compound', 'residential compound', 'public rental', 'shantytown', 'apartment'),
    ...k(2, 'tenant', 'rent', 'property management', 'elevator', 'dilapidated house', 'home renovation'),
    ...k(1, 'residential'),
  ],
  transport: [
    ...k(3, 'road', 'bus', 'highway', 'expressway', 'railway', 'traffic', 'parking', 'charging pile', 'charging station', 'bus stop'),
    ...k(2, 'transport', 'transportation', 'bridge', 'route', 'street', 'commute', 'passenger', 'waiting room'),
    ...k(1, 'travel', 'driver', 'vehicle', 'station'),
  ],
  water: [
    ...k(3, 'water supply', 'drinking water', 'tap water', 'sewage', 'wastewater', 'water plant', 'water pressure', 'reservoir'),
    ...k(2, 'water', 'pipe', 'irrigation', 'flood', 'drought'),
  ],
  environment: [
    ...k(3, 'air quality', 'pollution', 'emission', 'environment', 'environmental', 'ecological', 'carbon', 'afforestation'),
    ...k(2, 'tree', 'garbage', 'waste', 'recycling', 'toilet', 'wetland', 'dust'),
    ...k(1, 'clean', 'blue sky', 'green', 'park'),
  ],
  'culture-sports': [
    ...k(3, 'library', 'museum', 'tourist', 'tourism', 'scenic area', 'sport', 'fitness', 'stadium', 'intangible cultural heritage', 'marathon', 'homestay', 'guesthouse', 'scenic spot'),
    ...k(2, 'culture', 'cultural', 'performance', 'opera', 'festival', 'exhibition', 'visitor', 'game', 'tournament', 'hiker', 'hiking', 'sightseeing'),
    ...k(1, 'reading', 'book'),
  ],
  'public-safety': [
    ...k(3, 'police', 'fraud', 'scam', 'fire safety', 'firefighter', 'crime', 'drowning', 'work safety'),
    ...k(2, 'safety', 'accident', 'rescue', 'security', 'patrol', 'emergency'),
    ...k(1, 'drug'),
  ],
  economy: [
    ...k(3, 'investment', 'industrial', 'industry', 'manufacturing', 'gdp', 'output value', 'e-commerce', 'export'),
    ...k(2, 'company', 'enterprise', 'firm', 'business', 'economy', 'economic', 'factory', 'consumption', 'laboratory', 'lab'),
    ...k(1, 'market', 'coal', 'revenue', 'high-tech'),
  ],
  agriculture: [
    ...k(3, 'farm', 'farmer', 'farming', 'crop', 'grain', 'harvest', 'millet', 'cooperative', 'agriculture', 'agricultural', 'livestock'),
    ...k(2, 'villager', 'greenhouse', 'vegetable', 'orchard', 'cattle'),
    ...k(1, 'village', 'rural'),
  ],
  governance: [
    ...k(3, 'government service', 'party member', 'petition', 'grassroots governance', 'hotline', 'legal aid', 'administrative'),
    ...k(2, 'government', 'official', 'reform', 'policy', 'law', 'legal', 'community service'),
    ...k(1, 'subsidy'),
  ],
};
