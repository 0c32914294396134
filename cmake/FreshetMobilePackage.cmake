# SPDX-License-Identifier: MIT
# The Android package folder and the iOS bundle files, assembled in the build folder on every
# platform: Android and iOS builds hand them to Qt's tools, and Linux tests check what they
# would ship (tests/packaging/tst_mobilepackaging.cpp). The launcher icons are rendered from the
# one SVG, like the hicolor PNGs, so no PNG is committed.
#
# freshet_mobile_package(SVGTOPNG <command> [DEPENDS <target>]) sets, in the caller's scope,
# FRESHET_ANDROID_PACKAGE_DIR (for QT_ANDROID_PACKAGE_SOURCE_DIR) and FRESHET_IOS_DIR (the
# configured Info.plist, LaunchScreen.storyboard and Assets.xcassets).
function(freshet_mobile_package)
    cmake_parse_arguments(ARG "" "SVGTOPNG;DEPENDS" "" ${ARGN})
    set(svg ${PROJECT_SOURCE_DIR}/resources/icons/freshet.svg)
    set(root ${PROJECT_BINARY_DIR}/mobile)

    # Android: the manifest, the WorkManager Java sources and the gradle fragment as they are,
    # plus res/mipmap-<density>/ic_launcher.png at the launcher's 48 dp in every density.
    set(android ${root}/android)
    file(GLOB_RECURSE android_sources RELATIVE ${PROJECT_SOURCE_DIR}/resources/android
         ${PROJECT_SOURCE_DIR}/resources/android/*)
    foreach(file IN LISTS android_sources)
        configure_file(${PROJECT_SOURCE_DIR}/resources/android/${file} ${android}/${file} COPYONLY)
    endforeach()
    set(icons)
    foreach(pair IN ITEMS mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192)
        string(REPLACE ":" ";" pair ${pair})
        list(GET pair 0 density)
        list(GET pair 1 size)
        set(png ${android}/res/mipmap-${density}/ic_launcher.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${android}/res/mipmap-${density}
            COMMAND ${ARG_SVGTOPNG} ${svg} ${size} ${png}
            DEPENDS ${svg} ${ARG_DEPENDS}
            COMMENT "Rendering the Android launcher icon (${density})"
            VERBATIM)
        list(APPEND icons ${png})
    endforeach()

    # iOS: the Info.plist filled in as CMake fills MACOSX_BUNDLE_INFO_PLIST, the launch screen,
    # and the asset catalog whose one 1024 px icon Xcode scales to every size.
    set(ios ${root}/ios)
    set(MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    set(MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
    configure_file(${PROJECT_SOURCE_DIR}/resources/ios/Info.plist ${ios}/Info.plist)
    configure_file(${PROJECT_SOURCE_DIR}/resources/ios/LaunchScreen.storyboard ${ios}/LaunchScreen.storyboard COPYONLY)
    foreach(file IN ITEMS Contents.json AppIcon.appiconset/Contents.json)
        configure_file(${PROJECT_SOURCE_DIR}/resources/ios/Assets.xcassets/${file} ${ios}/Assets.xcassets/${file} COPYONLY)
    endforeach()
    set(appicon ${ios}/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png)
    add_custom_command(OUTPUT ${appicon}
        COMMAND ${ARG_SVGTOPNG} ${svg} 1024 ${appicon} "#ffffff"   # the App Store refuses an alpha channel
        DEPENDS ${svg} ${ARG_DEPENDS}
        COMMENT "Rendering the iOS app icon"
        VERBATIM)
    list(APPEND icons ${appicon})

    add_custom_target(freshet_mobile_package ALL DEPENDS ${icons})
    set(FRESHET_ANDROID_PACKAGE_DIR ${android} PARENT_SCOPE)
    set(FRESHET_IOS_DIR ${ios} PARENT_SCOPE)
endfunction()
