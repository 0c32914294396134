// SPDX-License-Identifier: MIT
package org.freshet.background;

import android.content.Context;

import androidx.work.Constraints;
import androidx.work.ExistingPeriodicWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.PeriodicWorkRequest;
import androidx.work.WorkInfo;
import androidx.work.WorkManager;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Called from services/background/android/workmanagerscheduler.cpp through JNI. */
public final class FreshetScheduler {
    /** The same name as androidUniqueWorkName in workrequestspec.h. */
    public static final String UNIQUE_WORK_NAME = "freshet-fetch";

    private FreshetScheduler() {}

    public static void apply(Context context, boolean enabled, long repeatMinutes, boolean unmeteredOnly) {
        WorkManager workManager = WorkManager.getInstance(context);
        if (!enabled) {
            workManager.cancelUniqueWork(UNIQUE_WORK_NAME);
            return;
        }
        Constraints constraints = new Constraints.Builder()
                .setRequiredNetworkType(unmeteredOnly ? NetworkType.UNMETERED : NetworkType.CONNECTED)
                .build();
        PeriodicWorkRequest request = new PeriodicWorkRequest.Builder(FreshetFetchWorker.class, repeatMinutes, TimeUnit.MINUTES)
                .setConstraints(constraints)
                .build();
        // UPDATE keeps the schedule's phase when only the interval or constraints change.
        workManager.enqueueUniquePeriodicWork(UNIQUE_WORK_NAME, ExistingPeriodicWorkPolicy.UPDATE, request);
    }

    public static boolean isScheduled(Context context) {
        try {
            List<WorkInfo> infos = WorkManager.getInstance(context).getWorkInfosForUniqueWork(UNIQUE_WORK_NAME).get();
            for (WorkInfo info : infos) {
                if (!info.getState().isFinished())
                    return true;
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }
}
