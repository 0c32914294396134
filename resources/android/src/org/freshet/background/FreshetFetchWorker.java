// SPDX-License-Identifier: MIT
package org.freshet.background;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

/** WorkManager's periodic worker: runs BackgroundFetch::perform on the Qt side and waits for it. */
public final class FreshetFetchWorker extends Worker {
    /** The values of services/background/android/fetchworkerbridge.cpp. */
    private static final int NEW_DATA = 0;
    private static final int NO_DATA = 1;
    private static final int FAILED = 2;
    private static final int NOT_RUNNING = 3;
    /** The budget perform() gets: the 30 s iOS gives, far inside WorkManager's 10 minutes. */
    private static final long BUDGET_MS = 30000;

    public FreshetFetchWorker(@NonNull Context context, @NonNull WorkerParameters parameters) {
        super(context, parameters);
    }

    private static native int nativePerformFetch(long budgetMs);
    private static native void nativeStopFetch();

    @NonNull
    @Override
    public Result doWork() {
        int result = nativePerformFetch(BUDGET_MS);
        switch (result) {
            case NEW_DATA:
            case NO_DATA:
                return Result.success();
            case NOT_RUNNING:
            case FAILED:
            default:
                return Result.retry();
        }
    }

    @Override
    public void onStopped() {
        nativeStopFetch();
    }
}
