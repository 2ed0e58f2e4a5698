// Runs before every unit/component test file.
import 'fake-indexeddb/auto';
