/** The demo city's register: departments, a dozen devices and three algorithms, as form values. */
type Values = Record<string, string | string[]>;

export const seedDepartments = [
  { key: 'tranquillite', name_fr: 'Direction de la tranquillité publique', name_en: 'Public Safety Department', email: 'tranquillite@bellerive.example' },
  { key: 'environnement', name_fr: 'Service environnement et santé', name_en: 'Environment and Health Service', email: 'environnement@bellerive.example' },
  { key: 'mobilite', name_fr: 'Direction de la mobilité', name_en: 'Mobility Department', email: 'mobilite@bellerive.example' },
  { key: 'eau', name_fr: 'Régie de l’eau et de la propreté', name_en: 'Water and Cleanliness Board', email: 'eau@bellerive.example' },
  { key: 'education', name_fr: 'Direction de l’éducation', name_en: 'Education Department', email: 'education@bellerive.example' },
  { key: 'solidarites', name_fr: 'Centre communal d’action sociale', name_en: 'Social Action Centre', email: 'ccas@bellerive.example' },
] as const;

export type SeedDepartment = (typeof seedDepartments)[number]['key'];

interface SensorSeed extends Values {
  dept: SeedDepartment;
  hood: string;
}

export const seedSensors: SensorSeed[] = [
  {
    dept: 'tranquillite', hood: 'vieux-port', linkCharter: 'yes',
    name_fr: 'Caméra de vidéoprotection, place du Marché', name_en: 'CCTV camera, Market Square', status: 'active',
    description: 'Caméra fixe filmant la place du Marché les soirs de fête et de marché, avec détection de personnes pour compter la foule.',
    purposes: ['safety_security'], purpose_detail: 'Sécurité des grands rassemblements (marchés nocturnes, fête du port).',
    technologies: ['identifiable_video', 'person_detection'], detects: 'Les personnes présentes sur la place\u202f; aucune reconnaissance faciale.',
    data_types: ['pixel_based_image', 'personal'], processing: ['encrypted_at_rest', 'computer_vision'], storage: ['stored_locally'],
    access: ['available_to_the_accountable_organization', 'not_available_to_vendor'], retention: 'data_retained', retention_days: '30',
    address: 'Place du Marché', latitude: '45.7641', longitude: '4.8357', vendor: 'Vidéo Sûreté SARL', approval_url: 'https://bellerive.example/deliberations/2025-114', installed_on: '2025-06-01', review_in_days: '200',
  },
  {
    dept: 'mobilite', hood: 'la-gare', name_fr: 'Compteur de piétons, parvis de la gare', name_en: 'Pedestrian counter, station forecourt', status: 'active',
    purposes: ['mobility', 'planning_decision_making'], purpose_detail: 'Dimensionner les trottoirs et les traversées autour de la gare.',
    technologies: ['person_detection', 'de_identified_video'], detects: 'Le passage de piétons, compté sur place\u202f; les images ne quittent pas le capteur.',
    data_types: ['values_time'], processing: ['de_identified', 'aggregated'], storage: ['stored_locally'], access: ['available_to_download'],
    retention: 'data_retained', retention_days: '730', address: 'Parvis de la gare', vendor: 'Comptages Urbains', installed_on: '2024-09-15', review_in_days: '-60',
  },
  {
    dept: 'environnement', hood: 'les-tilleuls', name_fr: 'Capteur de qualité de l’air, école des Tilleuls', name_en: 'Air-quality sensor, Les Tilleuls school', status: 'active',
    purposes: ['health', 'ecology'], purpose_detail: 'Mesurer les particules fines et le dioxyde d’azote à la sortie de l’école.',
    technologies: ['air_quality'], detects: 'Particules fines (PM2,5 et PM10), dioxyde d’azote, température.',
    data_types: ['values_time'], processing: ['aggregated'], storage: ['stored_on_3rd_party_cloud'], access: ['available_to_download'],
    retention: 'data_retained', retention_days: '1825', address: '12 rue des Tilleuls', latitude: '45.7702', longitude: '4.8421', installed_on: '2025-01-10', review_in_days: '400',
  },
  {
    dept: 'environnement', hood: 'bord-de-riviere', name_fr: 'Sonomètre, quai des Guinguettes', name_en: 'Noise sensor, Guinguettes quay', status: 'active',
    purposes: ['health'], purpose_detail: 'Suivre le bruit nocturne signalé par les riverains.',
    technologies: ['sound_level_meter'], detects: 'Le niveau sonore en décibels\u202f; aucun son n’est enregistré.',
    data_types: ['values_time'], processing: ['aggregated'], storage: ['stored_locally'], access: ['available_to_download'],
    retention: 'data_retained', retention_days: '365', address: 'Quai des Guinguettes', installed_on: '2025-05-20', review_in_days: '150',
  },
  {
    dept: 'mobilite', hood: 'bord-de-riviere', name_fr: 'Compteur vélo, passerelle de la Rivière', name_en: 'Bike counter, river footbridge', status: 'active',
    purposes: ['mobility'], technologies: ['induction_loop'], detects: 'Le passage des vélos sur la passerelle.',
    data_types: ['values_time'], processing: ['aggregated'], storage: ['stored_locally'], access: ['available_to_download'],
    retention: 'data_retained', retention_days: '3650', address: 'Passerelle de la Rivière', installed_on: '2023-04-01',
  },
  {
    dept: 'mobilite', hood: 'la-gare', name_fr: 'Capteurs de stationnement, rue de la Gare', name_en: 'Parking sensors, Station Street', status: 'planned',
    purposes: ['mobility', 'wayfinding_services'], purpose_detail: 'Indiquer les places libres pour réduire la circulation de recherche.',
    technologies: ['radar'], data_types: ['boolean'], processing: ['aggregated'], storage: ['stored_on_3rd_party_cloud'], access: ['available_to_download', 'available_to_vendor'],
    retention: 'no_data_retained', address: 'Rue de la Gare', vendor: 'ParkSense', review_in_days: '300',
  },
  {
    dept: 'tranquillite', hood: 'vieux-port', linkCharter: 'yes', name_fr: 'Borne Wi-Fi avec mesure d’affluence, Vieux-Port', name_en: 'Wi-Fi hotspot with footfall counting, Old Harbour', status: 'suspended',
    purposes: ['connectivity', 'planning_decision_making'], purpose_detail: 'Wi-Fi public gratuit\u202f; la mesure d’affluence est suspendue en attendant la charte des capteurs.',
    technologies: ['identifiable_wifi_sensor', 'wireless_access_point'], detects: 'Les téléphones dont le Wi-Fi est allumé (adresse matérielle).',
    data_types: ['personal', 'values_time'], processing: ['de_identified', 'aggregated'], storage: ['stored_locally'], access: ['available_to_the_accountable_organization'],
    retention: 'data_retained', retention_days: '1', address: 'Quai du Vieux-Port', vendor: 'NetCité', installed_on: '2024-06-01', review_in_days: '-20',
  },
  {
    dept: 'eau', hood: 'les-hauts', name_fr: 'Compteurs d’eau communicants, Les Hauts', name_en: 'Smart water meters, The Heights', status: 'active',
    purposes: ['water_efficiency'], purpose_detail: 'Détecter les fuites et facturer la consommation réelle.',
    technologies: ['cellular'], detects: 'La consommation d’eau de chaque logement, relevée une fois par jour.',
    data_types: ['values_time', 'personal'], processing: ['encrypted', 'transport_layer_security'], storage: ['stored_locally'], access: ['available_to_me', 'available_to_the_accountable_organization'],
    retention: 'data_retained', retention_days: '1095', address: 'Quartier des Hauts', installed_on: '2024-02-01', review_in_days: '500',
  },
  {
    dept: 'environnement', hood: 'les-hauts', name_fr: 'Station météo, château d’eau', name_en: 'Weather station, water tower', status: 'active',
    purposes: ['ecology', 'fire_emergency'], technologies: ['weather_station'], detects: 'Température, pluie, vent.',
    data_types: ['values_time'], processing: ['raw_data'], storage: ['stored_locally'], access: ['available_to_download'],
    retention: 'data_retained', retention_days: '3650', address: 'Château d’eau des Hauts',
  },
  {
    dept: 'eau', hood: 'les-tilleuls', name_fr: 'Capteurs de remplissage des conteneurs à verre', name_en: 'Glass-bin fill-level sensors', status: 'active',
    purposes: ['waste_management'], purpose_detail: 'Vider les conteneurs quand ils sont pleins, pas avant.',
    technologies: ['ultrasonic_level_sensor'], data_types: ['values_time'], processing: ['aggregated'], storage: ['stored_on_3rd_party_cloud'], access: ['available_to_the_accountable_organization', 'available_to_vendor'],
    retention: 'data_retained', retention_days: '365', address: 'Points d’apport volontaire des Tilleuls', vendor: 'Collecte Maligne',
  },
  {
    dept: 'mobilite', hood: '', name_fr: 'Données de fréquentation achetées à un opérateur mobile', name_en: 'Footfall data bought from a mobile operator', status: 'active',
    description: 'Jeu de données acheté\u202f: nombre de téléphones présents par quartier et par heure, déjà agrégé par l’opérateur.',
    purposes: ['planning_decision_making'], technologies: ['cellular'], detects: 'Aucun capteur de la ville\u202f: l’opérateur compte les téléphones connectés à ses antennes.',
    data_types: ['tabular', 'spatial'], processing: ['aggregated', 'de_identified'], storage: ['stored_on_3rd_party_cloud'], access: ['available_to_the_accountable_organization'],
    retention: 'data_retained', retention_days: '365', vendor: 'Opérateur mobile (données agrégées)', review_in_days: '-45',
  },
  {
    dept: 'tranquillite', hood: 'la-gare', name_fr: 'Caméra de lecture de plaques, avenue de la Gare', name_en: 'Number-plate camera, Station Avenue', status: 'retired',
    purposes: ['enforcement'], technologies: ['identifiable_image'], detects: 'Les plaques d’immatriculation.',
    data_types: ['pixel_based_image', 'personal'], processing: ['raw_data'], storage: ['stored_locally'], access: ['available_to_the_accountable_organization'],
    retention: 'data_retained', retention_days: '15', installed_on: '2022-03-01', retired_on: '2025-03-01', address: 'Avenue de la Gare',
  },
];

interface AlgorithmSeed extends Values {
  dept: SeedDepartment;
}

export const seedAlgorithms: AlgorithmSeed[] = [
  {
    dept: 'education', name_fr: 'Affectation des places en école maternelle', name_en: 'Nursery-school place allocation', status: 'operational',
    short_description: 'Classe les demandes d’inscription selon des critères publics et propose une école à chaque famille.',
    organisation: 'Ville de Bellerive', contact_email: 'education@bellerive.example', domain: 'Éducation',
    decision_process: 'Inscription scolaire en école maternelle publique.', goal: 'Affecter chaque enfant à une école proche, selon des critères votés en conseil municipal.',
    impact: 'Détermine l’école de l’enfant\u202f; les familles peuvent demander une dérogation.', risks: 'Critères mal pondérés défavorisant un quartier.', risk_category: 'high',
    proportionality: 'Règles simples et publiées\u202f; pas de données au-delà du dossier d’inscription.', lawful_basis: 'Code de l’éducation\u202f; délibération du conseil municipal.',
    source_data: 'Dossiers d’inscription\u202f: adresse, fratrie scolarisée, situation de handicap.', uses_personal_data: 'on', personal_data_used: 'Adresse, âge de l’enfant, fratrie.',
    bias: 'Vérification annuelle de la répartition par quartier.', algorithm_type: 'rule_based', algorithm_description: 'Barème à points puis affectation par ordre de priorité.',
    methods: 'Barème publié, tirage au sort en cas d’égalité.', alternatives: 'Affectation manuelle (abandonnée\u202f: délais de trois mois).', source_code_url: 'https://code.bellerive.example/affectation-ecoles',
    monitoring: 'Bilan annuel présenté en commission éducation.', human_intervention: 'Les agents notifient les affectations\u202f; une commission examine les dérogations.',
    objection_procedure: 'Demande de dérogation ou recours gracieux auprès de la direction de l’éducation, sous deux mois.', rollback: 'Retour à l’affectation manuelle possible à tout moment.',
    autonomy: 'ai_decides_human_executes', decision_types: ['resource_allocation'], review_in_days: '250',
  },
  {
    dept: 'solidarites', name_fr: 'Score de risque de fraude aux aides sociales', name_en: 'Benefit fraud risk scoring', status: 'pilot', linkCharter: 'yes',
    short_description: 'Signale aux agents les dossiers d’aide facultative à vérifier en priorité.',
    organisation: 'Ville de Bellerive', contact_email: 'ccas@bellerive.example', domain: 'Action sociale',
    decision_process: 'Contrôle des aides sociales facultatives du CCAS.', goal: 'Concentrer les contrôles sur les incohérences de dossier.',
    impact: 'Un dossier signalé est vérifié par un agent\u202f; aucune aide n’est suspendue par le score.', risks: 'Discrimination indirecte, stigmatisation des bénéficiaires.', risk_category: 'high',
    proportionality: 'Expérimentation limitée à un an, évaluée par un comité avec des habitants.', lawful_basis: 'Code de l’action sociale et des familles\u202f; AIPD réalisée.',
    source_data: 'Dossiers du CCAS.', training_data: 'Contrôles des trois dernières années.', uses_personal_data: 'on', personal_data_used: 'Revenus déclarés, composition du foyer.',
    bias: 'Variables de nationalité, d’âge et d’adresse exclues\u202f; écarts de taux de signalement mesurés chaque trimestre.', dpia_summary: 'Risque élevé\u202f; mesures\u202f: pseudonymisation, comité d’éthique.', dpia_url: 'https://bellerive.example/aipd/score-ccas',
    algorithm_type: 'self_learning', algorithm_description: 'Modèle de classement des dossiers par incohérences détectées.', methods: 'Arbre de décision simple, explicable dossier par dossier.', performance: 'Précision mesurée sur 400 dossiers contrôlés.',
    monitoring: 'Comité d’éthique trimestriel.', human_intervention: 'Chaque signalement est examiné par un agent qui décide seul.', objection_procedure: 'Tout bénéficiaire peut demander pourquoi son dossier a été contrôlé et contester auprès du CCAS.',
    rollback: 'Arrêt de l’expérimentation sur décision du conseil d’administration.', autonomy: 'ai_flags_human_decides', decision_types: ['anomaly_detection', 'priority_ranking'], review_in_days: '-10',
  },
  {
    dept: 'mobilite', name_fr: 'Optimisation des feux de circulation', name_en: 'Traffic-light optimisation', status: 'operational',
    short_description: 'Ajuste en continu la durée des feux selon le trafic mesuré par les boucles au sol.',
    organisation: 'Ville de Bellerive', contact_email: 'mobilite@bellerive.example', domain: 'Mobilité',
    decision_process: 'Réglage des carrefours à feux.', goal: 'Réduire l’attente des bus, des vélos et des piétons.', impact: 'Temps d’attente aux carrefours.', risk_category: 'limited',
    lawful_basis: 'Pouvoir de police de la circulation du maire.', source_data: 'Boucles de comptage au sol, priorité bus.',
    algorithm_type: 'rule_based', algorithm_description: 'Plans de feux adaptés toutes les cinq minutes dans des bornes fixées par les ingénieurs.',
    monitoring: 'Tableau de bord du poste de régulation.', human_intervention: 'Les bornes sont fixées par des ingénieurs\u202f; un régulateur peut reprendre la main.',
    objection_procedure: 'Signalement à la direction de la mobilité.', rollback: 'Retour au plan de feux fixe.', autonomy: 'ai_only', decision_types: ['resource_allocation'],
  },
];
