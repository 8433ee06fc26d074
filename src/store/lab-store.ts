/**
 * The one store: configuration and plain-data results, a slice per concern.
 * It never holds tensors or models (those live in the engine).
 */
import { create } from 'zustand';
import { createConfigSlice, type ConfigSlice } from './config-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createDotSlice, type DotSlice } from './dot-slice';
import { createProductionSlice, type ProductionSlice } from './production-slice';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import { createTrainingSlice, type TrainingSlice } from './training-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type LabState = ConfigSlice & DataSlice & TrainingSlice & UiSlice & QuizSlice & ProductionSlice & DotSlice;

export const createLabStore = () =>
  create<LabState>()((...a) => ({
    ...createConfigSlice(...a),
    ...createDataSlice(...a),
    ...createTrainingSlice(...a),
    ...createUiSlice(...a),
    ...createQuizSlice(...a),
    ...createProductionSlice(...a),
    ...createDotSlice(...a),
  }));

export const useLabStore = createLabStore();
